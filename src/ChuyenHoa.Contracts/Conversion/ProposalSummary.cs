using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSummary")]
public sealed record ProposalSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] string CommuneCode,
    [property: Id(3)] int Year,
    [property: Id(4)] RemovalProposalStatus Status,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset UpdatedAt);
