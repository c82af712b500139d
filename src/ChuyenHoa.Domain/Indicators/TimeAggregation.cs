namespace ChuyenHoa.Indicators;

/// <summary>How the months of a quarter or year combine into one value.</summary>
public enum TimeAggregation
{
    /// <summary>Add up the months reported.</summary>
    Sum,

    /// <summary>Take the latest month reported.</summary>
    Last,
}
