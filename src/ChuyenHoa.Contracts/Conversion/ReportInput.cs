namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A commune's monthly report as submitted.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportInput")]
public sealed record ReportInput(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<IndicatorInput> Values,
    [property: Id(2)] bool OverrideStockFlow = false,
    [property: Id(3)] string? Note = null);
