namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ValueDelta")]
public sealed record ValueDelta(
    [property: Id(0)] string Month,
    [property: Id(1)] string Indicator,
    [property: Id(2)] long? OldValue,
    [property: Id(3)] long NewValue);
