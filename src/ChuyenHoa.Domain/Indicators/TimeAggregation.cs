namespace ChuyenHoa.Indicators;

/// <summary>How the months of a quarter or year combine into one value.</summary>
public enum TimeAggregation
{
    /// <summary>Add up the months reported.</summary>
    Sum,

    /// <summary>
    /// Take the latest month reported within the period, wherever it falls: a stock reported once a year (the population, in
    /// March) has that month's value as the year's, and a year with no month reported has none (never an earlier year's).
    /// </summary>
    Last,
}
