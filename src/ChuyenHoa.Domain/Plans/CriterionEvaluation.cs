namespace ChuyenHoa.Plans;

/// <summary>
/// How a commune's figures stand against one criterion; <paramref name="Actual"/>, <paramref name="PreviousYear"/> and
/// <paramref name="Change"/> are its indicator's (the numerator of a ratio), <paramref name="Change"/> the fraction against
/// the previous year (−0.75 for −75%), and <paramref name="Explanation"/> says why, in Vietnamese.
/// </summary>
public sealed record CriterionEvaluation(
    RemovalCriterion Criterion,
    long? Actual,
    long? PreviousYear,
    double? Change,
    bool Met,
    string Explanation)
{
    /// <summary>What a ratio divided by: the denominator's value, or the population's for a share of the population; null otherwise or when not reported.</summary>
    public long? DenominatorValue { get; init; }

    /// <summary>The proposal's attestation of an attested criterion's fact; null when it did not attest it, or for other kinds.</summary>
    public Attestation? Attestation { get; init; }

    /// <summary>A group's members, each evaluated, in order; empty for other kinds.</summary>
    public IReadOnlyList<CriterionEvaluation> Members { get; init; } = [];
}
