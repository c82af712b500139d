using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A commune named in a plan and where it stands in it.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.DesignationInfo")]
public sealed record DesignationInfo(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] int Year,
    [property: Id(2)] DesignationStatus Status,
    [property: Id(3)] Guid? ProposalId,
    [property: Id(4)] string? RemovedFrom);
