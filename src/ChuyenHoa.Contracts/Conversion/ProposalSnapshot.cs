namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// What a proposal freezes when it is (re)submitted: the commune's indicators, the proposal's attestations, and the plan's
/// criteria evaluated on them.
/// </summary>
/// <param name="Period">The period the figures cover: the plan's year, e.g. <c>2023</c>.</param>
/// <param name="Indicators">Every indicator of the standard catalog for that period, with the previous year's.</param>
/// <param name="Criteria">The plan's removal criteria, each evaluated.</param>
/// <param name="TakenAt">When the snapshot was taken (UTC).</param>
/// <param name="Attestations">The facts the proposal attested, as its plan's attested criteria read them; null in a snapshot taken before attestations.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSnapshot")]
public sealed record ProposalSnapshot(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<IndicatorValueInfo> Indicators,
    [property: Id(2)] IReadOnlyList<CriterionResultInfo> Criteria,
    [property: Id(3)] DateTimeOffset TakenAt,
    [property: Id(4)] IReadOnlyList<AttestationInfo>? Attestations = null)
{
    /// <summary>Whether the commune met every criterion when the snapshot was taken.</summary>
    public bool AllCriteriaMet => Criteria.All(c => c.Met);
}
