using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One removal criterion of a plan, as entered: an indicator compared with a threshold, an attested fact, or a group.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog (the numerator of a ratio); null for an attested fact and a group.</param>
/// <param name="Kind">How the indicator's yearly value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">In the indicator's unit for <see cref="RemovalCriterionKind.AtLeast"/> and <see cref="RemovalCriterionKind.AtMost"/>; a fraction (0.3 = 30%) for <see cref="RemovalCriterionKind.ReductionFromPreviousYearAtLeast"/>, a ratio and a share of the population; how many members must be met for a group; 0 for an attested fact.</param>
/// <param name="Denominator">The indicator a ratio divides by; null for other kinds.</param>
/// <param name="Fact">The code of the fact an attested criterion asks the proposal to attest, e.g. <c>no_organised_crime_gang</c>; null for other kinds.</param>
/// <param name="Statement">The attested fact in words, Vietnamese; null for other kinds.</param>
/// <param name="Members">A group's criteria, none of them a group; null for other kinds.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInput")]
public sealed record CriterionInput(
    [property: Id(0)] string? Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string? Denominator = null,
    [property: Id(4)] string? Fact = null,
    [property: Id(5)] string? Statement = null,
    [property: Id(6)] IReadOnlyList<CriterionInput>? Members = null)
{
    /// <summary>A criterion of a plan as the plan was entered.</summary>
    public static CriterionInput From(RemovalCriterion criterion) => new(
        criterion.Indicator?.Code, criterion.Kind, criterion.Threshold, criterion.Denominator?.Code, criterion.Fact, criterion.Statement,
        criterion.Members.Count == 0 ? null : [.. criterion.Members.Select(From)]);

    /// <summary>The criteria of a plan as checked when it was created (stored criteria always pass the check again).</summary>
    public static IReadOnlyList<RemovalCriterion> Resolve(IEnumerable<CriterionInput> criteria) =>
        ConversionPlanRules.CreateCriteria(IndicatorCatalog.Standard, [.. criteria.Select(c => c.ToDraft())]).Value;

    /// <summary>The criterion for <see cref="ConversionPlanRules"/> to check.</summary>
    public RemovalCriterionDraft ToDraft() => new(Indicator, Kind, Threshold)
    {
        Denominator = Denominator,
        Fact = Fact,
        Statement = Statement,
        Members = Members?.Select(m => m.ToDraft()).ToArray(),
    };

    /// <summary>The same criterion: the same fields and the same members in order (a group entered again is the same group).</summary>
    public bool Equals(CriterionInput? other) =>
        other is not null && Indicator == other.Indicator && Kind == other.Kind && Threshold == other.Threshold && Denominator == other.Denominator
        && Fact == other.Fact && Statement == other.Statement && (Members ?? []).SequenceEqual(other.Members ?? []);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Indicator, Kind, Threshold, Denominator, Fact, Statement, Members?.Count ?? 0);
}
