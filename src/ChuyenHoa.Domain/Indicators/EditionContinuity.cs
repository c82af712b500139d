using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>
/// A two-level unit's values across the cut-over of 1 Jul 2025: months from the cut-over come from its own reports,
/// months before it from its predecessors (<see cref="EditionMapping"/>). Each predecessor's months combine over time
/// first (a stock takes its own latest month), then predecessors combine as up the hierarchy. The result is
/// <see cref="ValueCoverage.Derived"/> when every predecessor with a value went whole into the unit; when one went only in
/// part its value cannot be shared out, so none is given (<see cref="ValueCoverage.Partial"/>) rather than a sum that
/// would count people and events of another unit. Predecessors without a value are left out, as in a roll-up.
/// </summary>
public static class EditionContinuity
{
    /// <summary>The first month of the two-level edition, reported on its own units.</summary>
    public static Period CutOverMonth { get; } = Period.ForMonth(DivisionEdition.TwoLevel2025.ValidFrom.Year, DivisionEdition.TwoLevel2025.ValidFrom.Month);

    /// <summary>The value of <paramref name="period"/> from the unit's own monthly values and its predecessors'.</summary>
    public static ContinuousValue ValueFor(
        IndicatorDefinition indicator, Period period, IReadOnlyDictionary<Period, long> ownMonthlyValues, IReadOnlyList<PredecessorValues> predecessors) =>
        Evaluate(indicator, period.Months, ownMonthlyValues, predecessors);

    /// <summary>
    /// The value of <paramref name="period"/> beside the same span a year earlier, either side of the cut-over (2025-Q4 of new Quỳnh Nhai
    /// against 2024-Q4 of its four predecessors). As in <see cref="IndicatorAggregation.Compare"/>, a period in progress is compared up to
    /// its latest reported month.
    /// </summary>
    public static ContinuousComparison Compare(
        IndicatorDefinition indicator, Period period, IReadOnlyDictionary<Period, long> ownMonthlyValues, IReadOnlyList<PredecessorValues> predecessors)
    {
        var months = period.Months;
        var reported = months.Where(m => m >= CutOverMonth
            ? ownMonthlyValues.ContainsKey(m)
            : predecessors.Any(p => p.MonthlyValues.ContainsKey(m))).ToArray();
        var span = reported.Length == 0 ? months : months.Where(m => m <= reported[^1]).ToArray();
        return new ContinuousComparison(
            indicator.Code,
            period,
            Evaluate(indicator, reported, ownMonthlyValues, predecessors),
            Evaluate(indicator, span.Select(m => m.SamePeriodPreviousYear).ToArray(), ownMonthlyValues, predecessors));
    }

    private static ContinuousValue Evaluate(
        IndicatorDefinition indicator, IReadOnlyList<Period> months, IReadOnlyDictionary<Period, long> ownMonthlyValues, IReadOnlyList<PredecessorValues> predecessors)
    {
        var ownMonths = months.Where(m => m >= CutOverMonth).ToArray();
        var own = IndicatorAggregation.Aggregate(indicator, ownMonthlyValues, ownMonths);
        if (ownMonths.Length == months.Count)
        {
            return new ContinuousValue(own, ValueCoverage.Reported, []);
        }

        var earlierMonths = months.Where(m => m < CutOverMonth).ToArray();
        var contributions = predecessors
            .Select(p => new PredecessorContribution(p.Predecessor.Code, p.Predecessor.Coverage, IndicatorAggregation.Aggregate(indicator, p.MonthlyValues, earlierMonths)))
            .ToArray();
        var partial = contributions.Any(c => c.Value is not null && c.Coverage == UnitCoverage.Partial);
        var derived = partial ? null : IndicatorAggregation.RollUp(indicator, contributions.Select(c => c.Value));
        var coverage = partial ? ValueCoverage.Partial : ValueCoverage.Derived;
        if (ownMonths.Length == 0)
        {
            return new ContinuousValue(derived, coverage, contributions);
        }

        // A period across the cut-over (the year 2025): a stock's latest month is the unit's own when it reported one.
        return indicator.TimeAggregation switch
        {
            TimeAggregation.Last when own is not null => new ContinuousValue(own, ValueCoverage.Reported, contributions),
            TimeAggregation.Last => new ContinuousValue(derived, coverage, contributions),
            TimeAggregation.Sum when partial => new ContinuousValue(null, ValueCoverage.Partial, contributions),
            TimeAggregation.Sum => new ContinuousValue(
                own is null && derived is null ? null : (own ?? 0) + (derived ?? 0), derived is null ? ValueCoverage.Reported : ValueCoverage.Derived, contributions),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.TimeAggregation, "Unknown time aggregation."),
        };
    }
}
