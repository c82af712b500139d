using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One removal criterion of a plan, as the plan shows it.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog (the numerator of a ratio); null for an attested fact and a group.</param>
/// <param name="Kind">How the indicator's yearly value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">In the indicator's unit, a fraction, or a group's number of members to meet (see <see cref="CriterionInput"/>).</param>
/// <param name="Description">The criterion in words, Vietnamese.</param>
/// <param name="Denominator">The indicator a ratio divides by; null for other kinds.</param>
/// <param name="Fact">The code of an attested fact; null for other kinds.</param>
/// <param name="Statement">The attested fact in words, Vietnamese; null for other kinds.</param>
/// <param name="Members">A group's criteria; null for other kinds.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInfo")]
public sealed record CriterionInfo(
    [property: Id(0)] string? Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description,
    [property: Id(4)] string? Denominator = null,
    [property: Id(5)] string? Fact = null,
    [property: Id(6)] string? Statement = null,
    [property: Id(7)] IReadOnlyList<CriterionInfo>? Members = null)
{
    /// <summary>A plan's criterion as the plan shows it.</summary>
    public static CriterionInfo Of(RemovalCriterion criterion) => new(
        criterion.Indicator?.Code, criterion.Kind, criterion.Threshold, criterion.Describe(), criterion.Denominator?.Code, criterion.Fact, criterion.Statement,
        criterion.Members.Count == 0 ? null : [.. criterion.Members.Select(Of)]);
}
