namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One change of one value by an accepted report: kept for good in the commune's history.</summary>
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
