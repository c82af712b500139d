using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Domain.Tests.Indicators;

public class IndicatorAggregationTests
{
    private static readonly IndicatorDefinition CriminalCases = IndicatorCatalog.Standard.Find(IndicatorCodes.CriminalCases)!;
    private static readonly IndicatorDefinition Cameras = IndicatorCatalog.Standard.Find(IndicatorCodes.SecurityCameras)!;

    private static Dictionary<Period, long> Monthly(params (string Month, long Value)[] values) =>
        values.ToDictionary(v => Period.Parse(v.Month), v => v.Value);

    [Theory]
    [InlineData("2023-11", 4L)]
    [InlineData("2023-Q4", 7L)]
    [InlineData("2023-Q3", 5L)]
    [InlineData("2023", 12L)]
    public void A_flow_sums_the_months_reported_in_the_period(string period, long expected)
    {
        var values = Monthly(("2023-07", 2), ("2023-09", 3), ("2023-10", 0), ("2023-11", 4), ("2023-12", 3), ("2022-12", 50));

        Assert.Equal(expected, IndicatorAggregation.ValueFor(CriminalCases, values, Period.Parse(period)));
    }

    [Theory]
    [InlineData("2023-11", 130L)]
    [InlineData("2023-Q4", 130L)]
    [InlineData("2023-Q3", 100L)]
    [InlineData("2023", 130L)]
    public void A_stock_takes_the_latest_month_reported_in_the_period(string period, long expected)
    {
        var values = Monthly(("2023-08", 90), ("2023-09", 100), ("2023-10", 120), ("2023-11", 130), ("2024-01", 200));

        Assert.Equal(expected, IndicatorAggregation.ValueFor(Cameras, values, Period.Parse(period)));
    }

    [Fact]
    public void A_stock_reported_in_one_month_of_a_year_has_that_months_value_for_the_year_and_none_for_the_next()
    {
        var population = IndicatorCatalog.Standard.Find(IndicatorCodes.Population)!;
        var values = Monthly(("2025-01", 8_150), ("2026-03", 8_240));

        var year = IndicatorAggregation.Compare(population, values, Period.Parse("2026"));

        Assert.Equal((8_240L, 8_150L), (year.Value, year.PreviousYearValue));
        Assert.Equal(8_240, IndicatorAggregation.ValueFor(population, values, Period.Parse("2026-Q1")));
        Assert.Null(IndicatorAggregation.ValueFor(population, values, Period.Parse("2026-Q2")));
        Assert.Null(IndicatorAggregation.ValueFor(population, values, Period.Parse("2027")));
    }

    [Fact]
    public void A_period_without_reported_months_has_no_value_not_zero()
    {
        var values = Monthly(("2023-11", 4));

        Assert.Null(IndicatorAggregation.ValueFor(CriminalCases, values, Period.Parse("2023-Q2")));
        Assert.Null(IndicatorAggregation.ValueFor(Cameras, values, Period.Parse("2022")));
    }

    [Theory]
    [InlineData(5L, 20L, -0.75)]
    [InlineData(30L, 20L, 0.5)]
    [InlineData(20L, 20L, 0.0)]
    [InlineData(0L, 20L, -1.0)]
    public void ChangeFromPreviousYear_is_a_fraction_of_the_previous_value(long current, long previous, double expected) =>
        Assert.Equal(expected, IndicatorAggregation.ChangeFromPreviousYear(current, previous));

    [Theory]
    [InlineData(5L, null)]
    [InlineData(null, 20L)]
    [InlineData(5L, 0L)]
    public void ChangeFromPreviousYear_is_null_without_a_usable_base(long? current, long? previous) =>
        Assert.Null(IndicatorAggregation.ChangeFromPreviousYear(current, previous));

    [Fact]
    public void Compare_sets_a_year_in_progress_against_the_same_months_of_the_previous_year()
    {
        var values = Monthly(("2022-03", 12), ("2022-10", 8), ("2022-11", 30), ("2023-02", 2), ("2023-10", 3));

        var figure = IndicatorAggregation.Compare(CriminalCases, values, Period.Parse("2023"));

        Assert.Equal(IndicatorCodes.CriminalCases, figure.Indicator);
        Assert.Equal(5, figure.Value);
        Assert.Equal(20, figure.PreviousYearValue);
        Assert.Equal(-0.75, figure.ChangeFromPreviousYear);
    }

    [Fact]
    public void Compare_of_a_stock_takes_the_previous_year_at_the_same_month()
    {
        var values = Monthly(("2022-10", 80), ("2022-12", 95), ("2023-10", 189));

        var figure = IndicatorAggregation.Compare(Cameras, values, Period.Parse("2023"));

        Assert.Equal(189, figure.Value);
        Assert.Equal(80, figure.PreviousYearValue);
    }

    [Fact]
    public void Compare_of_an_unreported_period_still_gives_the_whole_previous_period()
    {
        var values = Monthly(("2022-10", 8), ("2022-11", 30));

        var figure = IndicatorAggregation.Compare(CriminalCases, values, Period.Parse("2023-Q4"));

        Assert.Null(figure.Value);
        Assert.Equal(38, figure.PreviousYearValue);
        Assert.Null(figure.ChangeFromPreviousYear);
    }

    [Fact]
    public void RollUp_sums_the_children_that_have_a_value()
    {
        Assert.Equal(9, IndicatorAggregation.RollUp(CriminalCases, [4, null, 5]));
        Assert.Equal(0, IndicatorAggregation.RollUp(Cameras, [0, null]));
        Assert.Null(IndicatorAggregation.RollUp(Cameras, [null, null]));
        Assert.Null(IndicatorAggregation.RollUp(Cameras, []));
    }

    [Fact]
    public void MonthlyValues_picks_one_indicator_and_lets_a_later_report_of_a_month_win()
    {
        var reports = new[]
        {
            new IndicatorReport(Period.Parse("2023-01"), new Dictionary<string, long> { ["criminal_cases"] = 3, ["security_cameras"] = 10 }),
            new IndicatorReport(Period.Parse("2023-02"), new Dictionary<string, long> { ["security_cameras"] = 12 }),
            new IndicatorReport(Period.Parse("2023-01"), new Dictionary<string, long> { ["criminal_cases"] = 2 }),
        };

        var values = IndicatorAggregation.MonthlyValues(reports, IndicatorCodes.CriminalCases);

        Assert.Equal(2, Assert.Single(values).Value);
    }

    [Fact]
    public void LatestBefore_is_the_last_reported_month_strictly_before()
    {
        var values = Monthly(("2023-01", 50), ("2023-03", 53), ("2023-04", 55));

        Assert.Equal(53, IndicatorAggregation.LatestBefore(values, Period.Parse("2023-04")));
        Assert.Equal(50, IndicatorAggregation.LatestBefore(values, Period.Parse("2023-03")));
        Assert.Null(IndicatorAggregation.LatestBefore(values, Period.Parse("2023-01")));
    }
}
