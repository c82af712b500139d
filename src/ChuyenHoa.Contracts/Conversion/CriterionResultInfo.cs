using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One criterion of the plan evaluated on a commune's figures and its proposal's attestations when the proposal was submitted.</summary>
/// <param name="Indicator">The indicator's code in the standard catalog (the numerator of a ratio); null for an attested fact and a group.</param>
/// <param name="Kind">How the value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">In the indicator's unit, a fraction, or a group's number of members to meet (see <see cref="CriterionInput"/>).</param>
/// <param name="Description">The criterion in words, Vietnamese.</param>
/// <param name="Actual">The indicator's value over the snapshot's period; null when no month of it was reported, and for an attested fact and a group.</param>
/// <param name="PreviousYear">The indicator's value over the same span a year earlier; null when not reported.</param>
/// <param name="Change">(actual − previous year) / previous year, e.g. −0.75 for −75%; null when either is missing or the previous year is 0.</param>
/// <param name="Met">Whether the commune meets the criterion.</param>
/// <param name="Explanation">Why it is met or not, Vietnamese.</param>
/// <param name="Denominator">The indicator a ratio divides by; null for other kinds.</param>
/// <param name="Fact">The code of an attested fact; null for other kinds.</param>
/// <param name="Statement">The attested fact in words, Vietnamese; null for other kinds.</param>
/// <param name="DenominatorValue">What the value was divided by: the denominator's value for a ratio, the population for a share of it; null for other kinds or when not reported.</param>
/// <param name="Attestation">The proposal's answer for an attested fact; null when it gave none, and for other kinds.</param>
/// <param name="Members">A group's criteria, each evaluated, so the reasoning stays readable; null for other kinds.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionResultInfo")]
public sealed record CriterionResultInfo(
    [property: Id(0)] string? Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description,
    [property: Id(4)] long? Actual,
    [property: Id(5)] long? PreviousYear,
    [property: Id(6)] double? Change,
    [property: Id(7)] bool Met,
    [property: Id(8)] string Explanation,
    [property: Id(9)] string? Denominator = null,
    [property: Id(10)] string? Fact = null,
    [property: Id(11)] string? Statement = null,
    [property: Id(12)] long? DenominatorValue = null,
    [property: Id(13)] AttestationInfo? Attestation = null,
    [property: Id(14)] IReadOnlyList<CriterionResultInfo>? Members = null)
{
    /// <summary>An evaluation as a snapshot keeps it.</summary>
    public static CriterionResultInfo Of(CriterionEvaluation evaluation)
    {
        var criterion = evaluation.Criterion;
        return new(
            criterion.Indicator?.Code, criterion.Kind, criterion.Threshold, criterion.Describe(), evaluation.Actual, evaluation.PreviousYear, evaluation.Change,
            evaluation.Met, evaluation.Explanation, criterion.Denominator?.Code, criterion.Fact, criterion.Statement, evaluation.DenominatorValue,
            evaluation.Attestation is { } attestation ? AttestationInfo.Of(attestation) : null,
            evaluation.Members.Count == 0 ? null : [.. evaluation.Members.Select(Of)]);
    }
}
