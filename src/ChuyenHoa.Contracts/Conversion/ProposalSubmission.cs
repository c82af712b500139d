namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// What the plan hands a proposal when it is submitted: everything checked, plus the plan's criteria.
/// <see cref="Attempt"/> numbers the submissions of one proposal (1, then 2 after a return, ...), so a retried one is not applied twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSubmission")]
public sealed record ProposalSubmission(
    [property: Id(6)] Guid ProposalId,
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] int Year,
    [property: Id(3)] ProposalInput Input,
    [property: Id(4)] int Attempt,
    [property: Id(5)] IReadOnlyList<CriterionInput> Criteria);
