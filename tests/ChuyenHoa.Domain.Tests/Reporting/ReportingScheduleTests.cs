using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Periods;
using ChuyenHoa.Reporting;

namespace ChuyenHoa.Domain.Tests.Reporting;

public class ReportingScheduleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2026-01", "2026-01-01", "2026-01-31", "2026-02-05")]
    [InlineData("2026-02", "2026-02-01", "2026-02-28", "2026-03-05")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29", "2028-03-05")]
    [InlineData("2026-12", "2026-12-01", "2026-12-31", "2027-01-05")]
    public void A_calendar_month_closes_at_its_end_and_is_due_on_the_5th_of_the_next_by_default(string month, string first, string last, string due)
    {
        var schedule = ReportingSchedule.Default;

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), schedule.WindowOf(Period.Parse(month)));
        Assert.Equal(DateOnly.Parse(due), schedule.DueDateOf(Period.Parse(month)));
    }

    [Theory]
    [InlineData("2027-01", 5, "2026-12-15", "2027-01-14", "2027-02-05")]
    [InlineData("2026-03", 5, "2026-02-15", "2026-03-14", "2026-04-05")]
    [InlineData("2026-12", 20, "2026-11-15", "2026-12-14", "2026-12-20")]
    [InlineData("2026-12", 14, "2026-11-15", "2026-12-14", "2027-01-14")]
    public void A_police_month_runs_from_the_15th_to_the_14th_across_year_ends_and_is_due_on_the_first_due_day_after(
        string month, int dueDay, string first, string last, string due)
    {
        var schedule = new ReportingSchedule(dueDay, PoliceMonth: true);

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), schedule.WindowOf(Period.Parse(month)));
        Assert.Equal(DateOnly.Parse(due), schedule.DueDateOf(Period.Parse(month)));
    }

    [Fact]
    public void The_due_day_ends_at_midnight_Vietnam_time_which_is_17_00_UTC()
    {
        var deadline = ReportingSchedule.Default.DeadlineOf(Period.Parse("2026-11"));

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero), deadline);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, Vietnam), deadline);
    }

    [Fact]
    public void A_report_received_on_the_due_day_in_Vietnam_is_on_time_even_when_UTC_has_another_date()
    {
        var schedule = ReportingSchedule.Default;
        var month = Period.Parse("2026-11");

        // 23:59 on 5 Dec in Hà Nội is still 16:59 UTC of the same day; 00:00 on 6 Dec is 17:00 UTC of 5 Dec.
        Assert.Equal(ReportState.OnTime, schedule.StateOf(month, new DateTimeOffset(2026, 12, 5, 23, 59, 59, Vietnam), DateTimeOffset.MaxValue));
        Assert.Equal(ReportState.Late, schedule.StateOf(month, new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue));
    }

    [Fact]
    public void A_missing_report_is_not_yet_due_until_its_day_ends_and_overdue_from_then()
    {
        var schedule = ReportingSchedule.Default;
        var month = Period.Parse("2026-11");
        var deadline = schedule.DeadlineOf(month);

        Assert.Equal(ReportState.NotYetDue, schedule.StateOf(month, null, deadline.AddTicks(-1)));
        Assert.Equal(ReportState.Overdue, schedule.StateOf(month, null, deadline));
    }

    [Fact]
    public void A_report_received_before_its_month_ends_is_on_time_whatever_the_time_now()
    {
        var schedule = ReportingSchedule.Default;

        Assert.Equal(ReportState.OnTime, schedule.StateOf(Period.Parse("2026-11"), new DateTimeOffset(2026, 11, 30, 9, 0, 0, Vietnam), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    [InlineData(31)]
    public void A_due_day_that_not_every_month_has_is_refused(int dueDay) =>
        Assert.Equal("dueDay", ReportingSchedule.Refusal(dueDay)?.Field);

    [Theory]
    [InlineData(1)]
    [InlineData(28)]
    public void Due_days_from_the_1st_to_the_28th_are_accepted(int dueDay) => Assert.Null(ReportingSchedule.Refusal(dueDay));

    [Fact]
    public void The_day_in_Vietnam_turns_at_17_00_UTC()
    {
        Assert.Equal(new DateOnly(2026, 12, 5), VietnamTime.DayOf(new DateTimeOffset(2026, 12, 5, 16, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 6), VietnamTime.DayOf(new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero)));
    }
}

public class ReportingFiguresTests
{
    [Fact]
    public void Completeness_and_timeliness_count_reports_due_or_received_and_leave_out_those_not_yet_due()
    {
        var figures = ReportingFigures.Of([ReportState.OnTime, ReportState.OnTime, ReportState.Late, ReportState.Overdue, ReportState.NotYetDue]);

        Assert.Equal(new ReportingFigures(4, 3, 2, 1), figures);
        Assert.Equal(0.75, figures.Completeness);
        Assert.Equal(0.5, figures.Timeliness);
    }

    [Fact]
    public void Nothing_expected_yet_has_no_figures_rather_than_zero_or_full() =>
        Assert.Null(ReportingFigures.Of([ReportState.NotYetDue]).Completeness);
}

public class ExpectedReportsTests
{
    [Fact]
    public void A_commune_designated_for_the_whole_year_owes_twelve_reports() =>
        Assert.Equal(12, ExpectedReports.MonthsOf(2026, DivisionEdition.TwoLevel2025, null, null).Count);

    [Fact]
    public void A_three_level_commune_owes_reports_until_June_2025_and_its_two_level_successor_from_the_day_its_designation_passed()
    {
        Assert.Equal("2025-06", ExpectedReports.MonthsOf(2025, DivisionEdition.ThreeLevel2024, null, null)[^1].ToString());
        Assert.Equal(
            ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"],
            ExpectedReports.MonthsOf(2025, DivisionEdition.TwoLevel2025, new DateOnly(2025, 7, 1), null).Select(m => m.ToString()));
    }

    [Fact]
    public void A_removed_commune_owes_the_months_that_began_before_its_removal_only() =>
        Assert.Equal(
            ["2026-01", "2026-02", "2026-03"],
            ExpectedReports.MonthsOf(2026, DivisionEdition.TwoLevel2025, null, new DateOnly(2026, 3, 20)).Select(m => m.ToString()));
}
