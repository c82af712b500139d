using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

/// <summary>
/// A proposal as the province list stores it. Its field ids and types are those of <see cref="ProposalSummary"/>,
/// which was stored in its place up to 45cb814 (as the values of a dictionary, whose value type is not written), so that
/// state loads as this record.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredProposalSummary")]
public sealed record StoredProposalSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] string CommuneCode,
    [property: Id(3)] int Year,
    [property: Id(4)] RemovalProposalStatus Status,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder)
{
    public static StoredProposalSummary From(ProposalSummary summary) =>
        new(summary.Id, summary.DistrictCode, summary.CommuneCode, summary.Year, summary.Status, summary.Version, summary.UpdatedAt, summary.Track);

    public ProposalSummary ToInfo() => new(Id, DistrictCode, CommuneCode, Year, Status, Version, UpdatedAt, Track);
}
