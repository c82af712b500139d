using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// What the plan hands a proposal when it is submitted: everything checked, plus the plan's criteria.
/// <see cref="Attempt"/> numbers the submissions of one proposal (1, then 2 after a return, ...), so a retried one is not applied twice.
/// </summary>
/// <param name="ProposalId">The proposal the plan reserved: a new one, or the returned one being resubmitted.</param>
/// <param name="ProvinceCode">The province's 2-digit GSO code.</param>
/// <param name="DistrictCode">The district of the commune.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Input">The proposal as the district submitted it.</param>
/// <param name="Attempt">Which submission of the proposal this is, from 1.</param>
/// <param name="Criteria">The plan's removal criteria, to evaluate the commune's figures on.</param>
/// <param name="EditionId">The division edition of the plan's communes (the one in force on its decision date), so the commune's
/// figures are read from its own edition's grain; null is the three-level edition, as before editions.</param>
/// <param name="Track">The list of the plan, so the proposal reports back to it.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSubmission")]
public sealed record ProposalSubmission(
    [property: Id(6)] Guid ProposalId,
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] int Year,
    [property: Id(3)] ProposalInput Input,
    [property: Id(4)] int Attempt,
    [property: Id(5)] IReadOnlyList<CriterionInput> Criteria,
    [property: Id(7)] string? EditionId = null,
    [property: Id(8)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder);
