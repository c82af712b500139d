namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One indicator of one unit for one period, with the same period of the previous year.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.IndicatorValueInfo")]
public sealed record IndicatorValueInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] string Period,
    [property: Id(2)] long? Value,
    [property: Id(3)] long? PreviousYearValue,
    [property: Id(4)] double? ChangeFromPreviousYear);
