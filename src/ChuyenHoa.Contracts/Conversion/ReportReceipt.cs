namespace ChuyenHoa.Contracts.Conversion;

/// <summary>What an accepted report changed.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportReceipt")]
public sealed record ReportReceipt(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string Period,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<ReportRevision> Changes);
