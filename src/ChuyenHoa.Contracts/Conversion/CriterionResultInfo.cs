using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One criterion of the plan evaluated on a commune's figures when its proposal was submitted.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog.</param>
/// <param name="Kind">How the value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">In the indicator's unit, or a fraction for a reduction from the previous year (see <see cref="CriterionInput"/>).</param>
/// <param name="Description">The criterion in words, Vietnamese.</param>
/// <param name="Actual">The commune's value over the snapshot's period; null when no month of it was reported.</param>
/// <param name="PreviousYear">The value over the same span a year earlier; null when not reported.</param>
/// <param name="Change">(actual − previous year) / previous year, e.g. −0.75 for −75%; null when either is missing or the previous year is 0.</param>
/// <param name="Met">Whether the commune meets the criterion.</param>
/// <param name="Explanation">Why it is met or not, Vietnamese.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionResultInfo")]
public sealed record CriterionResultInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description,
    [property: Id(4)] long? Actual,
    [property: Id(5)] long? PreviousYear,
    [property: Id(6)] double? Change,
    [property: Id(7)] bool Met,
    [property: Id(8)] string Explanation);
