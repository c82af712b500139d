using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A commune named in a plan and where it stands in it.</summary>
/// <param name="CommuneCode">The commune's GSO code.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Status">Designated, proposed for removal, or removed.</param>
/// <param name="ProposalId">The commune's latest removal proposal of the year; null when none was made.</param>
/// <param name="RemovedFrom">The day the province approved its removal, <c>yyyy-MM-dd</c>; null unless removed.</param>
/// <param name="EditionId">The edition of the commune's code when it is not the plan's: a successor the designation was carried over to.</param>
/// <param name="DesignatedFrom">The first day a carried-over designation holds, <c>yyyy-MM-dd</c>; null for the plan's own communes.</param>
/// <param name="CarriedFrom">The plan's communes whose designation passed to this one; empty for the plan's own communes.</param>
/// <param name="Confirmation">Whether the province has confirmed a designation carried over from part of a commune.</param>
/// <param name="Types">What makes the commune complex (types 1 to 4).</param>
/// <param name="RelapsedOn">The day the province designated it again after its removal, <c>yyyy-MM-dd</c>; null otherwise.</param>
/// <param name="RelapseReason">Why, as the province wrote it.</param>
/// <param name="DesignatedAgainFrom">For a commune designated again in this plan: the plan year it had been removed from.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.DesignationInfo")]
public sealed record DesignationInfo(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] int Year,
    [property: Id(2)] DesignationStatus Status,
    [property: Id(3)] Guid? ProposalId,
    [property: Id(4)] string? RemovedFrom,
    [property: Id(5)] string? EditionId = null,
    [property: Id(6)] string? DesignatedFrom = null,
    [property: Id(7)] IReadOnlyList<CarriedFromInfo>? CarriedFrom = null,
    [property: Id(8)] CarryOverConfirmation Confirmation = CarryOverConfirmation.NotNeeded,
    [property: Id(9)] IReadOnlyList<DesignationKind>? Types = null,
    [property: Id(10)] string? RelapsedOn = null,
    [property: Id(11)] string? RelapseReason = null,
    [property: Id(12)] int? DesignatedAgainFrom = null);
