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

    private static MonitoringResult Evaluate(Dictionary<string, long> crimes, Dictionary<string, long> cameras, DateOnly today) =>
        MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, [FewerCrimes, Cameras], new MonitoringWindow(new DateOnly(2025, 1, 24), 6),
            new Dictionary<string, IReadOnlyDictionary<Period, long>>
            {
                [IndicatorCodes.CriminalCases] = crimes.ToDictionary(p => Period.Parse(p.Key), p => p.Value),
                [IndicatorCodes.SecurityCameras] = cameras.ToDictionary(p => Period.Parse(p.Key), p => p.Value),
            },
            today);
}
