namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One indicator of one unit for one period, with the same span of the previous year.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog.</param>
/// <param name="Period">The period: a month <c>2023-11</c>, a quarter <c>2023-Q4</c> or a year <c>2023</c>.</param>
/// <param name="Value">The value in the indicator's unit (a count); null when no month of the period was reported.</param>
/// <param name="PreviousYearValue">The value over the same span a year earlier (up to the same month, for a period in progress); null when not reported.</param>
/// <param name="ChangeFromPreviousYear">(value − previous) / previous, e.g. −0.75 for −75%; null when either is missing or the previous is 0.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.IndicatorValueInfo")]
public sealed record IndicatorValueInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] string Period,
    [property: Id(2)] long? Value,
    [property: Id(3)] long? PreviousYearValue,
    [property: Id(4)] double? ChangeFromPreviousYear);
