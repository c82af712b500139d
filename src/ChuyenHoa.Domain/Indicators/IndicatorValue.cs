using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>
/// One indicator of one unit over a period, beside the same span a year earlier; null where no
/// month of the span was reported.
/// </summary>
public sealed record IndicatorValue(string Indicator, Period Period, long? Value, long? PreviousYearValue)
{
    /// <summary>A fraction: −0.75 means 75% below the previous year.</summary>
    public double? ChangeFromPreviousYear => IndicatorAggregation.ChangeFromPreviousYear(Value, PreviousYearValue);
}
