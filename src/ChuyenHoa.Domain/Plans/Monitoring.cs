using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Plans;

/// <summary>
/// The months after a commune's removal during which the province keeps watching its figures (6 by default): the full
/// calendar months that start on or after the removal, up to <see cref="Until"/>.
/// </summary>
public sealed record MonitoringWindow(DateOnly From, int Months)
{
    public const int DefaultMonths = 6;

    public const int MaxMonths = 24;

    /// <summary>The first day no longer monitored.</summary>
    public DateOnly Until => From.AddMonths(Months);

    public bool IsActiveOn(DateOnly day) => day >= From && day < Until;

    public IReadOnlyList<Period> MonthsCovered
    {
        get
        {
            var first = From.Day == 1 ? From : new DateOnly(From.Year, From.Month, 1).AddMonths(1);
            var months = new List<Period>();
            for (var day = first; day < Until; day = day.AddMonths(1))
            {
                months.Add(Period.ForMonth(day.Year, day.Month));
            }

            return months;
        }
    }
}

/// <summary>How a removed commune stands against its plan's criteria over the monitoring months reported so far.</summary>
/// <param name="MonthsReported">The months of the window with at least one figure, oldest first.</param>
/// <param name="Evaluations">The criteria evaluated on those months, set against the same months a year earlier.</param>
public sealed record MonitoringResult(MonitoringWindow Window, bool Active, IReadOnlyList<Period> MonthsReported, IReadOnlyList<CriterionEvaluation> Evaluations)
{
    /// <summary>
    /// Whether the figures breach a criterion. The flag asks the province to act, so it rests on figures: a month not yet
    /// reported, a ratio without its denominator and a fact only a proposal attests are not breaches, and a group is breached
    /// only when it would fail even if all of those held.
    /// </summary>
    public bool Breached => Evaluations.Any(Breaches);

    private static bool Breaches(CriterionEvaluation evaluation) => !evaluation.Met && evaluation.Criterion.Kind switch
    {
        RemovalCriterionKind.AtLeastOf => evaluation.Members.Count(m => !Breaches(m)) < evaluation.Criterion.Threshold,
        RemovalCriterionKind.Attested => false,
        RemovalCriterionKind.RatioAtLeast or RemovalCriterionKind.RatioAtMost
            or RemovalCriterionKind.PerPopulationAtLeast or RemovalCriterionKind.PerPopulationAtMost => evaluation.Actual is not null && evaluation.DenominatorValue is > 0,
        _ => evaluation.Actual is not null,
    };
}

public static class MonitoringEvaluator
{
    /// <param name="monthly">The commune's monthly values by indicator code.</param>
    /// <param name="today">Months after today's are not counted, even if reported ahead.</param>
    public static MonitoringResult Evaluate(
        IndicatorCatalog catalog,
        IReadOnlyList<RemovalCriterion> criteria,
        MonitoringWindow window,
        IReadOnlyDictionary<string, IReadOnlyDictionary<Period, long>> monthly,
        DateOnly today)
    {
        var current = Period.ForMonth(today.Year, today.Month);
        var months = window.MonthsCovered.Where(m => m <= current).ToArray();
        var reported = months.Where(m => monthly.Values.Any(values => values.ContainsKey(m))).ToArray();
        if (reported.Length == 0)
        {
            return new MonitoringResult(window, window.IsActiveOn(today), [], []);
        }

        var span = reported.Length == 1 ? $"tháng {reported[0]}" : $"các tháng {reported[0]} đến {reported[^1]}";
        var lastYear = reported.Select(m => m.SamePeriodPreviousYear).ToArray();
        var snapshot = monthly
            .Where(pair => catalog.Find(pair.Key) is not null)
            .Select(pair => new IndicatorValue(
                pair.Key, reported[^1],
                IndicatorAggregation.Aggregate(catalog.Find(pair.Key)!, pair.Value, reported),
                IndicatorAggregation.Aggregate(catalog.Find(pair.Key)!, pair.Value, lastYear)) { SpanText = span })
            .ToArray();
        return new MonitoringResult(window, window.IsActiveOn(today), reported, RemovalCriteriaEvaluator.Evaluate(criteria, snapshot));
    }
}
