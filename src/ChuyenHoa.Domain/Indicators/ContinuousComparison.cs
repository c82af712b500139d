using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>One indicator of one unit over a period beside the same span a year earlier, each possibly reaching back before the unit's edition.</summary>
public sealed record ContinuousComparison(string Indicator, Period Period, ContinuousValue Current, ContinuousValue PreviousYear)
{
    /// <summary>A fraction: −0.75 means 75% below the previous year; null when either value is missing (a partial one included).</summary>
    public double? ChangeFromPreviousYear => IndicatorAggregation.ChangeFromPreviousYear(Current.Value, PreviousYear.Value);

    /// <summary>The values alone, as the rest of the domain compares them.</summary>
    public IndicatorValue ToIndicatorValue() => new(Indicator, Period, Current.Value, PreviousYear.Value);
}
