namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A value as a district typed it into a report.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog.</param>
/// <param name="Value">The figure as typed; it is accepted only as a whole number from 0 up to the validator's maximum.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.IndicatorInput")]
public sealed record IndicatorInput([property: Id(0)] string Indicator, [property: Id(1)] double Value);
