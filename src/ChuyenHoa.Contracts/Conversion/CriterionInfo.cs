using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One removal criterion of a plan, as the plan shows it.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog.</param>
/// <param name="Kind">How the indicator's yearly value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">In the indicator's unit, or a fraction for a reduction from the previous year (see <see cref="CriterionInput"/>).</param>
/// <param name="Description">The criterion in words, Vietnamese.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInfo")]
public sealed record CriterionInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description);
