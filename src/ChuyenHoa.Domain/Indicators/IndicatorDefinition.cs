namespace ChuyenHoa.Indicators;

/// <summary>An indicator (chỉ tiêu): its code, Vietnamese name, and how its values combine.</summary>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    IndicatorKind Kind,
    TimeAggregation TimeAggregation,
    HierarchyAggregation HierarchyAggregation,
    string? Description = null)
{
    /// <summary>A count of events: summed over time and up the hierarchy.</summary>
    public static IndicatorDefinition Flow(string code, string name, string? description = null) =>
        new(code, name, IndicatorKind.Flow, TimeAggregation.Sum, HierarchyAggregation.Sum, description);

    /// <summary>A level: the latest month over time, summed up the hierarchy.</summary>
    public static IndicatorDefinition Stock(string code, string name, string? description = null) =>
        new(code, name, IndicatorKind.Stock, TimeAggregation.Last, HierarchyAggregation.Sum, description);
}
