using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public class MonitoringTests
{
    private static readonly RemovalCriterion FewerCrimes = new(IndicatorCatalog.Standard.Find(IndicatorCodes.CriminalCases)!, RemovalCriterionKind.AtMost, 2);

    private static readonly RemovalCriterion Cameras = new(IndicatorCatalog.Standard.Find(IndicatorCodes.SecurityCameras)!, RemovalCriterionKind.AtLeast, 150);

    [Fact]
    public void The_window_covers_the_full_months_after_the_removal_up_to_its_end()
    {
        var window = new MonitoringWindow(new DateOnly(2025, 1, 24), 6);

        Assert.Equal(new DateOnly(2025, 7, 24), window.Until);
        Assert.Equal(["2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"], window.MonthsCovered.Select(m => m.ToString()));
        Assert.True(window.IsActiveOn(new DateOnly(2025, 7, 23)));
        Assert.False(window.IsActiveOn(new DateOnly(2025, 7, 24)));
    }

    [Fact]
    public void A_removal_on_the_first_of_a_month_monitors_that_month() =>
        Assert.Equal("2024-11", new MonitoringWindow(new DateOnly(2024, 11, 1), 6).MonthsCovered[0].ToString());

    [Fact]
    public void Figures_over_a_count_criterion_in_the_months_reported_so_far_are_a_breach_explained_over_those_months()
    {
        var result = Evaluate(new() { ["2025-02"] = 1, ["2025-03"] = 2 }, new() { ["2025-02"] = 160, ["2025-03"] = 160 }, today: new DateOnly(2025, 4, 10));

        Assert.True(result.Breached);
        Assert.True(result.Active);
        Assert.Equal(["2025-02", "2025-03"], result.MonthsReported.Select(m => m.ToString()));
        var crimes = result.Evaluations[0];
        Assert.Equal((3L, false), (crimes.Actual, crimes.Met));
        Assert.Contains("các tháng 2025-02 đến 2025-03", crimes.Explanation);
        Assert.True(result.Evaluations[1].Met);
    }

    [Fact]
    public void Figures_within_the_criteria_are_not_a_breach() =>
        Assert.False(Evaluate(new() { ["2025-02"] = 1 }, new() { ["2025-02"] = 150 }, today: new DateOnly(2025, 3, 1)).Breached);

    [Fact]
    public void A_month_not_yet_reported_is_not_a_breach()
    {
        var result = Evaluate(new() { ["2025-02"] = 0 }, [], today: new DateOnly(2025, 3, 1));

        Assert.False(result.Breached);
        Assert.Null(result.Evaluations[1].Actual);
    }

    [Fact]
    public void Months_before_the_removal_and_after_today_do_not_count()
    {
        var result = Evaluate(new() { ["2025-01"] = 9, ["2025-02"] = 1, ["2025-05"] = 9 }, [], today: new DateOnly(2025, 4, 30));

        Assert.Equal(["2025-02"], result.MonthsReported.Select(m => m.ToString()));
        Assert.False(result.Breached);
    }

    [Fact]
    public void Nothing_reported_in_the_window_evaluates_nothing()
    {
        var result = Evaluate([], [], today: new DateOnly(2025, 9, 1));

        Assert.Empty(result.Evaluations);
        Assert.False(result.Active);
    }

    [Fact]
    public void A_group_is_breached_only_when_it_fails_even_with_every_member_without_figures_counted_as_met()
    {
        var cleared = new RemovalCriterion(IndicatorCatalog.Standard.Find(IndicatorCodes.CasesCleared)!, RemovalCriterionKind.RatioAtLeast, 0.8m)
        {
            Denominator = IndicatorCatalog.Standard.Find(IndicatorCodes.CriminalCases),
        };
        var noGang = new RemovalCriterion(null, RemovalCriterionKind.Attested, 0) { Fact = "no_organised_crime_gang", Statement = "Không có băng nhóm tội phạm có tổ chức" };
        var twoOfThree = new RemovalCriterion(null, RemovalCriterionKind.AtLeastOf, 2) { Members = [Cameras, cleared, noGang] };
        var window = new MonitoringWindow(new DateOnly(2025, 1, 24), 6);

        // Cameras under 150 fail on figures; the ratio has no cases cleared reported and the fact is attested only by proposals.
        var open = MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, [twoOfThree], window, Monthly((IndicatorCodes.SecurityCameras, 90), (IndicatorCodes.CriminalCases, 5)), new DateOnly(2025, 3, 1));
        // 1 of 5 cases cleared fails on figures too: two of three members fail, whatever the fact.
        var failed = MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, [twoOfThree], window,
            Monthly((IndicatorCodes.SecurityCameras, 90), (IndicatorCodes.CriminalCases, 5), (IndicatorCodes.CasesCleared, 1)), new DateOnly(2025, 3, 1));

        Assert.Equal((false, false), (open.Evaluations[0].Met, open.Breached));
        Assert.Equal((false, true), (failed.Evaluations[0].Met, failed.Breached));
    }

    [Fact]
    public void A_ratio_whose_denominator_was_not_reported_is_not_met_and_not_a_breach()
    {
        var cleared = new RemovalCriterion(IndicatorCatalog.Standard.Find(IndicatorCodes.CasesCleared)!, RemovalCriterionKind.RatioAtLeast, 0.8m)
        {
            Denominator = IndicatorCatalog.Standard.Find(IndicatorCodes.CriminalCases),
        };

        var result = MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, [cleared], new MonitoringWindow(new DateOnly(2025, 1, 24), 6),
            Monthly((IndicatorCodes.CasesCleared, 1)), new DateOnly(2025, 3, 1));

        Assert.Equal((false, false), (result.Evaluations[0].Met, result.Breached));
    }

    private static Dictionary<string, IReadOnlyDictionary<Period, long>> Monthly(params (string Indicator, long February)[] values) =>
        values.ToDictionary(v => v.Indicator, v => (IReadOnlyDictionary<Period, long>)new Dictionary<Period, long> { [Period.ForMonth(2025, 2)] = v.February });

    private static MonitoringResult Evaluate(Dictionary<string, long> crimes, Dictionary<string, long> cameras, DateOnly today) =>
        MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, [FewerCrimes, Cameras], new MonitoringWindow(new DateOnly(2025, 1, 24), 6),
            new Dictionary<string, IReadOnlyDictionary<Period, long>>
            {
                [IndicatorCodes.CriminalCases] = crimes.ToDictionary(p => Period.Parse(p.Key), p => p.Value),
                [IndicatorCodes.SecurityCameras] = cameras.ToDictionary(p => Period.Parse(p.Key), p => p.Value),
            },
            today);
}
