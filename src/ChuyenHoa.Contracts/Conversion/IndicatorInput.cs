namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A value as a district typed it into a report.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.IndicatorInput")]
public sealed record IndicatorInput([property: Id(0)] string Indicator, [property: Id(1)] double Value);
