namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A commune's monthly report as submitted.</summary>
/// <param name="Period">The month reported, <c>2023-11</c>.</param>
/// <param name="Values">The figures of the month, one per indicator.</param>
/// <param name="OverrideStockFlow">Accept the figures even though current ≠ previous + added − released (a known correction); a note is then required.</param>
/// <param name="Note">A remark kept with every value the report changes; null for none.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportInput")]
public sealed record ReportInput(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<IndicatorInput> Values,
    [property: Id(2)] bool OverrideStockFlow = false,
    [property: Id(3)] string? Note = null);
