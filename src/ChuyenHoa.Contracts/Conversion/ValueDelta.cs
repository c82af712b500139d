namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One monthly value of a unit, before and after a change.</summary>
/// <param name="Month">The month, <c>2023-11</c>.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="OldValue">The value before; null when the month had none.</param>
/// <param name="NewValue">The value after.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ValueDelta")]
public sealed record ValueDelta(
    [property: Id(0)] string Month,
    [property: Id(1)] string Indicator,
    [property: Id(2)] long? OldValue,
    [property: Id(3)] long NewValue);
