using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A proposal as the province's review list shows it, and as its subscribers hear of each change.</summary>
/// <param name="Id">The proposal's id.</param>
/// <param name="DistrictCode">The proposing district's GSO code.</param>
/// <param name="CommuneCode">The commune proposed for removal.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Status">Where the proposal stands.</param>
/// <param name="Version">The proposal's <see cref="ProposalInfo.Version"/> this summary was taken from.</param>
/// <param name="UpdatedAt">When its latest transition happened (UTC).</param>
/// <param name="Track">The list of the plan the proposal is made under.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSummary")]
public sealed record ProposalSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] string CommuneCode,
    [property: Id(3)] int Year,
    [property: Id(4)] RemovalProposalStatus Status,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder);
