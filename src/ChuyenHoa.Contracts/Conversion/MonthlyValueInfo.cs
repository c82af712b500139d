namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One indicator of one unit in one month: a commune's reported value, or a district's or province's total of its children.</summary>
/// <param name="Month">The month, e.g. <c>2024-10</c>.</param>
/// <param name="Indicator">The indicator's code in the standard catalog.</param>
/// <param name="Value">The value in the indicator's unit (a count).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.MonthlyValueInfo")]
public sealed record MonthlyValueInfo(
    [property: Id(0)] string Month,
    [property: Id(1)] string Indicator,
    [property: Id(2)] long Value);
