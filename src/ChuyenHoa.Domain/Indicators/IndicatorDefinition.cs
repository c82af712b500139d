namespace ChuyenHoa.Indicators;

/// <summary>
/// An indicator (chỉ tiêu): its code, Vietnamese name, and how its values combine. <paramref name="Unit"/> is what one counts
/// (người, vụ, hộ), as a report form writes it beside the figure; a province's own indicator may have none.
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    IndicatorKind Kind,
    TimeAggregation TimeAggregation,
    HierarchyAggregation HierarchyAggregation,
    string? Description = null,
    string? Unit = null)
{
    /// <summary>A count of events: summed over time and up the hierarchy.</summary>
    public static IndicatorDefinition Flow(string code, string name, string? description = null, string? unit = null) =>
        new(code, name, IndicatorKind.Flow, TimeAggregation.Sum, HierarchyAggregation.Sum, description, unit);

    /// <summary>A level: the latest month over time, summed up the hierarchy.</summary>
    public static IndicatorDefinition Stock(string code, string name, string? description = null, string? unit = null) =>
        new(code, name, IndicatorKind.Stock, TimeAggregation.Last, HierarchyAggregation.Sum, description, unit);
}
