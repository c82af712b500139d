using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>
/// Values over time and up the hierarchy, from a unit's monthly values (month → value; months
/// not reported are absent, which is not the same as zero).
/// </summary>
public static class IndicatorAggregation
{
    /// <summary>
    /// The value of <paramref name="period"/>: for a summed indicator the sum of the months reported,
    /// for a last-value indicator the latest month reported; null when no month of the period was reported.
    /// </summary>
    public static long? ValueFor(IndicatorDefinition indicator, IReadOnlyDictionary<Period, long> monthlyValues, Period period) =>
        Aggregate(indicator, monthlyValues, period.Months);

    /// <summary>
    /// The value of <paramref name="period"/> and of the same span a year earlier. A period still in
    /// progress is compared up to its latest reported month, so January–October 2023 is set against
    /// January–October 2022, not against the whole of 2022 ("so với cùng kỳ năm trước").
    /// </summary>
    public static IndicatorValue Compare(IndicatorDefinition indicator, IReadOnlyDictionary<Period, long> monthlyValues, Period period)
    {
        var months = period.Months;
        var reported = months.Where(monthlyValues.ContainsKey).ToArray();
        var span = reported.Length == 0 ? months : months.Where(m => m <= reported[^1]).ToArray();
        return new IndicatorValue(
            indicator.Code,
            period,
            Aggregate(indicator, monthlyValues, reported),
            Aggregate(indicator, monthlyValues, span.Select(m => m.SamePeriodPreviousYear).ToArray()));
    }

    /// <summary>(current − previous) / previous, e.g. −0.75; null when either is missing or previous is 0.</summary>
    public static double? ChangeFromPreviousYear(long? current, long? previous) =>
        current is { } c && previous is { } p && p != 0 ? (double)(c - p) / p : null;

    /// <summary>A parent unit's value from its children's; null when no child has a value.</summary>
    public static long? RollUp(IndicatorDefinition indicator, IEnumerable<long?> childValues) => indicator.HierarchyAggregation switch
    {
        HierarchyAggregation.Sum => childValues.Aggregate((long?)null, (sum, value) => value is { } v ? (sum ?? 0) + v : sum),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.HierarchyAggregation, "Unknown hierarchy aggregation."),
    };

    /// <summary>One indicator's monthly values from a unit's reports; of two reports for a month, the later one in the sequence wins (a correction).</summary>
    public static IReadOnlyDictionary<Period, long> MonthlyValues(IEnumerable<IndicatorReport> reports, string indicatorCode)
    {
        var values = new Dictionary<Period, long>();
        foreach (var report in reports)
        {
            if (report.Values.TryGetValue(indicatorCode, out var value))
            {
                values[report.Month] = value;
            }
        }

        return values;
    }

    /// <summary>The value of the latest month reported before <paramref name="month"/>, e.g. the opening balance of a month.</summary>
    public static long? LatestBefore(IReadOnlyDictionary<Period, long> monthlyValues, Period month) =>
        monthlyValues.Where(p => p.Key < month).OrderBy(p => p.Key).Select(p => (long?)p.Value).LastOrDefault();

    /// <summary>The value over <paramref name="months"/> by the indicator's time aggregation; null when none of them was reported.</summary>
    internal static long? Aggregate(IndicatorDefinition indicator, IReadOnlyDictionary<Period, long> monthlyValues, IReadOnlyList<Period> months)
    {
        var values = months.Where(monthlyValues.ContainsKey).Select(m => monthlyValues[m]).ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        return indicator.TimeAggregation switch
        {
            TimeAggregation.Sum => values.Sum(),
            TimeAggregation.Last => values[^1],
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.TimeAggregation, "Unknown time aggregation."),
        };
    }
}
