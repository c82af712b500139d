namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A month the caller may report for a commune, with the values the commune's reports hold for it now.</summary>
/// <param name="Period">The month, <c>2026-07</c>.</param>
/// <param name="Values">The month's stored values, one per reported indicator; empty when nothing is reported yet.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportableMonth")]
public sealed record ReportableMonth(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<MonthlyValueInfo> Values);
