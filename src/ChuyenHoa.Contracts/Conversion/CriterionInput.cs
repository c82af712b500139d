using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One removal criterion of a plan, as entered: an indicator compared with a threshold.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog.</param>
/// <param name="Kind">How the indicator's yearly value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">In the indicator's unit for <see cref="RemovalCriterionKind.AtLeast"/> and <see cref="RemovalCriterionKind.AtMost"/>; a fraction (0.3 = 30%) for <see cref="RemovalCriterionKind.ReductionFromPreviousYearAtLeast"/>.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInput")]
public sealed record CriterionInput(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold);
