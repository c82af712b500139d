namespace ChuyenHoa.Indicators;

/// <summary>How the values of communes combine into a district's or province's value.</summary>
public enum HierarchyAggregation
{
    Sum,
}
