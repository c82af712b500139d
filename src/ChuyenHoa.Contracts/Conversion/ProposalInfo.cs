using ChuyenHoa.Proposals;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A district's proposal to remove a commune from its year's plan (đề xuất đưa ra khỏi diện chuyển hóa), as it stands now.</summary>
/// <param name="Id">The proposal's id (its grain's key).</param>
/// <param name="ProvinceCode">The province's 2-digit GSO code.</param>
/// <param name="DistrictCode">The commune's district (GSO code); in the two-level structure, which has no districts, the province's code.</param>
/// <param name="CommuneCode">The commune proposed for removal.</param>
/// <param name="Year">The year of the plan that names the commune.</param>
/// <param name="Status">Where the proposal stands in its workflow.</param>
/// <param name="Conference">The review conference of the latest submission.</param>
/// <param name="Assessment">The district committee's assessment of the commune, of the latest submission.</param>
/// <param name="Evidence">The documents of the latest submission.</param>
/// <param name="Snapshot">The commune's figures and the criteria evaluated on them, frozen at the latest submission.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <param name="Version">How many times the proposal changed: 1 after its first submission, one more per transition.</param>
/// <param name="DecisionDate">The day the province approved or rejected it, <c>yyyy-MM-dd</c>; null before a decision.</param>
/// <param name="Chain">The approval chain it was submitted under, proposer first (three-level for a proposal stored before chains); null only in the bytes of such a proposal.</param>
/// <param name="CurrentStep">The index in <paramref name="Chain"/> of the step that acts next; null once decided or withdrawn.</param>
/// <param name="Track">The list of the plan the proposal is made under.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalInfo")]
public sealed record ProposalInfo(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string ProvinceCode,
    [property: Id(2)] string DistrictCode,
    [property: Id(3)] string CommuneCode,
    [property: Id(4)] int Year,
    [property: Id(5)] RemovalProposalStatus Status,
    [property: Id(6)] ConferenceInfo Conference,
    [property: Id(7)] string Assessment,
    [property: Id(8)] IReadOnlyList<EvidenceInfo> Evidence,
    [property: Id(9)] ProposalSnapshot Snapshot,
    [property: Id(10)] IReadOnlyList<ProposalEvent> History,
    [property: Id(11)] int Version,
    [property: Id(12)] string? DecisionDate,
    [property: Id(13)] IReadOnlyList<ChainStepInfo>? Chain = null,
    [property: Id(14)] int? CurrentStep = null,
    [property: Id(15)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder);
