namespace ChuyenHoa.Contracts.Conversion;

/// <summary>What a proposal freezes when it is (re)submitted: the commune's indicators and the plan's criteria evaluated on them.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSnapshot")]
public sealed record ProposalSnapshot(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<IndicatorValueInfo> Indicators,
    [property: Id(2)] IReadOnlyList<CriterionResultInfo> Criteria,
    [property: Id(3)] DateTimeOffset TakenAt)
{
    public bool AllCriteriaMet => Criteria.All(c => c.Met);
}
