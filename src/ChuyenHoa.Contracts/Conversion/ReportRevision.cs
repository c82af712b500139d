namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One change of one value by an accepted report: kept for good in the commune's history.</summary>
/// <param name="Version">The commune's change number that made it; a report's revisions share one.</param>
/// <param name="Period">The month changed, <c>2023-11</c>.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="OldValue">The value before; null when the month had none.</param>
/// <param name="NewValue">The value after.</param>
/// <param name="ActorId">The user id of who reported it.</param>
/// <param name="ActorName">Their display name at the time.</param>
/// <param name="At">When it was accepted (UTC).</param>
/// <param name="Note">The report's note; null for none.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportRevision")]
public sealed record ReportRevision(
    [property: Id(0)] long Version,
    [property: Id(1)] string Period,
    [property: Id(2)] string Indicator,
    [property: Id(3)] long? OldValue,
    [property: Id(4)] long NewValue,
    [property: Id(5)] string ActorId,
    [property: Id(6)] string ActorName,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string? Note);
