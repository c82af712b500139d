using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Domain.Tests.Indicators;

public sealed class EditionContinuityTests
{
    private static readonly IndicatorDefinition CriminalCases = IndicatorCatalog.Standard.Find(IndicatorCodes.CriminalCases)!;
    private static readonly IndicatorDefinition Cameras = IndicatorCatalog.Standard.Find(IndicatorCodes.SecurityCameras)!;

    private static Dictionary<Period, long> Monthly(params (string Month, long Value)[] values) =>
        values.ToDictionary(v => Period.Parse(v.Month), v => v.Value);

    private static PredecessorValues Predecessor(string code, UnitCoverage coverage, params (string Month, long Value)[] values) =>
        new(new UnitLink(code, coverage), Monthly(values));

    /// <summary>New Xã Quỳnh Nhai's predecessors, as the shipped mapping gives them, with the values of each.</summary>
    private static PredecessorValues[] QuynhNhai(params (string Code, (string Month, long Value)[] Values)[] values) =>
        [.. EditionMapping.From2024To2025.PredecessorsOf("03703").Select(link =>
            new PredecessorValues(link, Monthly(values.FirstOrDefault(v => v.Code == link.Code).Values ?? [])))];

    [Fact]
    public void The_cut_over_month_is_july_2025() =>
        Assert.Equal(Period.ForMonth(2025, 7), EditionContinuity.CutOverMonth);

    [Fact]
    public void Before_the_cut_over_a_flow_is_the_sum_of_whole_predecessors_and_marked_derived()
    {
        var predecessors = QuynhNhai(
            ("03718", [("2024-10", 1), ("2024-11", 2)]),
            ("03700", [("2024-12", 4)]),
            ("03706", [("2024-11", 3), ("2024-09", 100)]));

        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2024-Q4"), Monthly(), predecessors);

        Assert.Equal((10L, ValueCoverage.Derived), (value.Value, value.Coverage));
        Assert.Equal([("03700", 4L), ("03703", (long?)null), ("03706", 3L), ("03718", 3L)], value.Contributions.Select(c => (c.Code, c.Value)));
    }

    [Fact]
    public void A_predecessor_without_data_is_left_out_as_in_a_roll_up_and_shown_as_missing()
    {
        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2024"), Monthly(), QuynhNhai(("03718", [("2024-03", 5)])));

        Assert.Equal((5L, ValueCoverage.Derived), (value.Value, value.Coverage));
        Assert.Equal(["03700", "03703", "03706"], value.Contributions.Where(c => c.Value is null).Select(c => c.Code));
    }

    [Fact]
    public void With_no_predecessor_data_at_all_there_is_no_value()
    {
        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2024-Q4"), Monthly(("2025-10", 3)), QuynhNhai());

        Assert.Equal((null, ValueCoverage.Derived), (value.Value, value.Coverage));
    }

    [Fact]
    public void A_partial_predecessor_with_a_value_gives_no_sum_but_every_part()
    {
        PredecessorValues[] predecessors =
        [
            Predecessor("10001", UnitCoverage.Full, ("2024-11", 2)),
            Predecessor("10002", UnitCoverage.Partial, ("2024-12", 7)),
        ];

        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2024-Q4"), Monthly(), predecessors);

        Assert.Equal((null, ValueCoverage.Partial), (value.Value, value.Coverage));
        Assert.Equal([("10001", UnitCoverage.Full, (long?)2), ("10002", UnitCoverage.Partial, 7)], value.Contributions.Select(c => (c.Code, c.Coverage, c.Value)));
    }

    [Fact]
    public void A_partial_predecessor_that_reported_nothing_in_the_period_does_not_make_it_partial()
    {
        PredecessorValues[] predecessors =
        [
            Predecessor("10001", UnitCoverage.Full, ("2024-11", 2)),
            Predecessor("10002", UnitCoverage.Partial, ("2023-12", 7)),
        ];

        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2024-Q4"), Monthly(), predecessors);

        Assert.Equal((2L, ValueCoverage.Derived), (value.Value, value.Coverage));
    }

    [Fact]
    public void A_stock_takes_each_predecessors_latest_month_before_summing()
    {
        // 03718 last reported in November, 03700 in December: the quarter's level is 120 + 30, not December's 30 alone.
        var predecessors = QuynhNhai(("03718", [("2024-10", 100), ("2024-11", 120)]), ("03700", [("2024-10", 25), ("2024-12", 30)]));

        var value = EditionContinuity.ValueFor(Cameras, Period.Parse("2024-Q4"), Monthly(), predecessors);

        Assert.Equal((150L, ValueCoverage.Derived), (value.Value, value.Coverage));
    }

    [Fact]
    public void From_the_cut_over_the_units_own_reports_are_the_value()
    {
        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2025-Q4"), Monthly(("2025-10", 1), ("2025-12", 2)), QuynhNhai(("03718", [("2024-10", 9)])));

        Assert.Equal((3L, ValueCoverage.Reported), (value.Value, value.Coverage));
        Assert.Empty(value.Contributions);
    }

    [Fact]
    public void Across_the_cut_over_a_flow_adds_the_derived_months_to_the_own_ones()
    {
        var value = EditionContinuity.ValueFor(
            CriminalCases, Period.Parse("2025"), Monthly(("2025-07", 1), ("2025-11", 2), ("2025-05", 50)), QuynhNhai(("03718", [("2025-06", 4)]), ("03703", [("2025-01", 1)])));

        // The new unit's own "2025-05" is ignored: months before the cut-over belong to the old units.
        Assert.Equal((8L, ValueCoverage.Derived), (value.Value, value.Coverage));
    }

    [Fact]
    public void Across_the_cut_over_a_stock_is_the_latest_own_month_when_there_is_one()
    {
        var predecessors = QuynhNhai(("03718", [("2025-06", 180)]), ("03700", [("2025-06", 40)]));

        var reported = EditionContinuity.ValueFor(Cameras, Period.Parse("2025"), Monthly(("2025-09", 250)), predecessors);
        var derived = EditionContinuity.ValueFor(Cameras, Period.Parse("2025"), Monthly(), predecessors);

        Assert.Equal((250L, ValueCoverage.Reported), (reported.Value, reported.Coverage));
        Assert.Equal((220L, ValueCoverage.Derived), (derived.Value, derived.Coverage));
    }

    [Fact]
    public void Across_the_cut_over_a_partial_predecessor_stops_a_flow_from_being_summed()
    {
        PredecessorValues[] predecessors = [Predecessor("10002", UnitCoverage.Partial, ("2025-03", 7))];

        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2025"), Monthly(("2025-08", 1)), predecessors);

        Assert.Equal((null, ValueCoverage.Partial), (value.Value, value.Coverage));
    }

    [Fact]
    public void Quynh_nhai_2025_q4_compares_with_2024_q4_of_its_four_predecessors()
    {
        var predecessors = QuynhNhai(("03718", [("2024-10", 2), ("2024-11", 1), ("2024-12", 1)]), ("03700", [("2024-11", 4)]));

        var comparison = EditionContinuity.Compare(CriminalCases, Period.Parse("2025-Q4"), Monthly(("2025-10", 1), ("2025-11", 1), ("2025-12", 0)), predecessors);

        Assert.Equal((2L, ValueCoverage.Reported), (comparison.Current.Value, comparison.Current.Coverage));
        Assert.Equal((8L, ValueCoverage.Derived), (comparison.PreviousYear.Value, comparison.PreviousYear.Coverage));
        Assert.Equal(-0.75, comparison.ChangeFromPreviousYear);
        Assert.Equal(new IndicatorValue(IndicatorCodes.CriminalCases, Period.Parse("2025-Q4"), 2, 8), comparison.ToIndicatorValue());
    }

    [Fact]
    public void A_period_in_progress_is_compared_up_to_its_latest_reported_month()
    {
        var predecessors = QuynhNhai(("03718", [("2024-10", 2), ("2024-11", 5)]));

        var comparison = EditionContinuity.Compare(CriminalCases, Period.Parse("2025-Q4"), Monthly(("2025-10", 1)), predecessors);

        Assert.Equal((1L, 2L), (comparison.Current.Value!.Value, comparison.PreviousYear.Value!.Value));
    }

    [Fact]
    public void A_partial_previous_year_gives_no_change_rather_than_a_wrong_one()
    {
        PredecessorValues[] predecessors = [Predecessor("10001", UnitCoverage.Full, ("2024-10", 4)), Predecessor("10002", UnitCoverage.Partial, ("2024-10", 4))];

        var comparison = EditionContinuity.Compare(CriminalCases, Period.Parse("2025-10"), Monthly(("2025-10", 2)), predecessors);

        Assert.Equal(ValueCoverage.Partial, comparison.PreviousYear.Coverage);
        Assert.Null(comparison.ChangeFromPreviousYear);
    }

    [Fact]
    public void A_merged_province_derives_from_its_predecessor_provinces()
    {
        var predecessors = EditionMapping.From2024To2025.PredecessorsOf("08")
            .Select(link => new PredecessorValues(link, Monthly(("2024-12", link.Code == "02" ? 11 : 20))))
            .ToArray();

        var value = EditionContinuity.ValueFor(CriminalCases, Period.Parse("2024-12"), Monthly(), predecessors);

        Assert.Equal((31L, ValueCoverage.Derived), (value.Value, value.Coverage));
    }
}
