namespace ChuyenHoa.Contracts.Conversion;

/// <summary>What an accepted report changed.</summary>
/// <param name="CommuneCode">The commune's GSO code.</param>
/// <param name="Period">The month reported, <c>2023-11</c>.</param>
/// <param name="Version">The commune's change number after the report (unchanged when the report changed nothing).</param>
/// <param name="Changes">The values it changed; empty when it repeated what was stored.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportReceipt")]
public sealed record ReportReceipt(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string Period,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<ReportRevision> Changes);
