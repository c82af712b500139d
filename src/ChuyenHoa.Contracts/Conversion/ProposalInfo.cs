using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

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
    [property: Id(12)] string? DecisionDate);
