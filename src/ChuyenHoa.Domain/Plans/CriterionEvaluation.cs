namespace ChuyenHoa.Plans;

/// <summary>
/// How a commune's figures stand against one criterion; <paramref name="Change"/> is the fraction
/// against the previous year (−0.75 for −75%), and <paramref name="Explanation"/> says why, in Vietnamese.
/// </summary>
public sealed record CriterionEvaluation(
    RemovalCriterion Criterion,
    long? Actual,
    long? PreviousYear,
    double? Change,
    bool Met,
    string Explanation);
