using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A commune named in a plan and where it stands in it.</summary>
/// <param name="CommuneCode">The commune's GSO code.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Status">Designated, proposed for removal, or removed.</param>
/// <param name="ProposalId">The commune's latest removal proposal of the year; null when none was made.</param>
/// <param name="RemovedFrom">The day the province approved its removal, <c>yyyy-MM-dd</c>; null unless removed.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.DesignationInfo")]
public sealed record DesignationInfo(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] int Year,
    [property: Id(2)] DesignationStatus Status,
    [property: Id(3)] Guid? ProposalId,
    [property: Id(4)] string? RemovedFrom);
