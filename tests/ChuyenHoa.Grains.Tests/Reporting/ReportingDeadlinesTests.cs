using Azure.Data.Tables;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Reporting;
using ChuyenHoa.Security;
using ChuyenHoa.Silo;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Time.Testing;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Reporting;

/// <summary>
/// Sơn La's plan of 2023 (five communes, each reported January to October when the reference case was loaded) on a fresh
/// copy whose grains run on a fake clock, set in early January 2024: November's reports are overdue, December's due on 5 Jan.
/// The tests call the method the reminder calls after moving the clock, and separately find the reminder registered.
/// </summary>
public sealed class ReportingDeadlinesTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 1, 3, 9, 0, 0, Vietnam));
    private GrainCluster _cluster = null!;

    private IGrainFactory Grains => _cluster.Grains;

    private IReportingDeadlinesGrain SonLa => Grains.GetGrain<IReportingDeadlinesGrain>(ReferenceCase.ProvinceCode);

    private static Caller Police => new("cong-an-14", "Công an tỉnh Sơn La", [Roles.ProvincePolice], ReferenceCase.ProvinceCode, null);

    public async Task InitializeAsync() => (_cluster, _) = await StoredStates.ReferenceCase.StartCopyAsync(_clock);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Completeness_and_the_overdue_list_move_as_a_report_arrives_and_as_the_due_day_ends_in_Vietnam()
    {
        var before = await StatusAsync(ReferenceCaseLoader.ProvinceCommittee, "14", "2023-Q4");
        Assert.Equal(["2023-10", "2023-11", "2023-12"], before.Months);
        Assert.Equal(5, before.Communes.Count);
        // October was received (after its day: the demo was loaded long after), November is missing, December not yet due.
        Assert.Equal(new ReportingFigures(10, 5, 0, 5), before.Figures);
        Assert.All(before.Communes, r => Assert.Equal([ReportState.Late, ReportState.Overdue, ReportState.NotYetDue], r.Cells.Select(c => c.State)));
        Assert.Equal("2024-01-05", before.Communes[0].Cells[2].DueDate);

        await ReportDecemberOfChiengKhoangAsync();
        var afterReport = await StatusAsync(ReferenceCaseLoader.ProvinceCommittee, "14", "2023-Q4");
        var december = afterReport.Communes.Single(r => r.CommuneCode == ReferenceCase.CommuneCode).Cells[2];
        Assert.Equal((ReportState.OnTime, _clock.GetUtcNow()), (december.State, december.ReceivedAt));
        Assert.Equal(new ReportingFigures(11, 6, 1, 5), afterReport.Figures);

        // 23:59:59 on 5 Jan in Hà Nội: still the due day.
        _clock.SetUtcNow(new DateTimeOffset(2024, 1, 5, 23, 59, 59, Vietnam));
        Assert.Equal(5, (await StatusAsync(ReferenceCaseLoader.ProvinceCommittee, "14", "2023-Q4")).Figures.Overdue);

        _clock.SetUtcNow(new DateTimeOffset(2024, 1, 6, 0, 0, 0, Vietnam));
        var afterDeadline = await StatusAsync(ReferenceCaseLoader.ProvinceCommittee, "14", "2023-Q4");
        Assert.Equal(new ReportingFigures(15, 6, 1, 9), afterDeadline.Figures);
        Assert.Equal(6.0 / 15, afterDeadline.Figures.Completeness);
    }

    [Fact]
    public async Task The_check_announces_each_report_due_soon_or_overdue_once_and_the_next_deadline_when_it_passes()
    {
        var first = await SonLa.CheckDeadlinesAsync();
        var again = await SonLa.CheckDeadlinesAsync();

        Assert.Equal(5, first.Count(n => n.Kind == ReportingNoticeKind.Overdue && n.Month == "2023-11"));
        Assert.Equal(5, first.Count(n => n.Kind == ReportingNoticeKind.DueSoon && n.Month == "2023-12"));
        Assert.Equal(10, first.Count);
        Assert.Empty(again);

        await ReportDecemberOfChiengKhoangAsync();
        _clock.SetUtcNow(new DateTimeOffset(2024, 1, 6, 0, 0, 0, Vietnam));
        var afterDeadline = await SonLa.CheckDeadlinesAsync();

        Assert.Equal(4, afterDeadline.Count);
        Assert.All(afterDeadline, n => Assert.Equal((ReportingNoticeKind.Overdue, "2023-12", "2024-01-05"), (n.Kind, n.Month, n.DueDate)));
        Assert.DoesNotContain(afterDeadline, n => n.CommuneCode == ReferenceCase.CommuneCode);
        Assert.Contains(afterDeadline, n => n.CommuneCode == "03772" && n.DistrictCode == "119");
    }

    [Fact]
    public async Task The_province_got_its_hourly_deadline_reminder_with_its_plan()
    {
        var reminders = new TableServiceClient(_cluster.ConnectionString).GetTableClient("OrleansReminders");
        var rows = new List<TableEntity>();
        await foreach (var row in reminders.QueryAsync<TableEntity>($"ServiceId eq '{_cluster.ServiceId}'"))
        {
            rows.Add(row);
        }

        var reminder = Assert.Single(rows, r => (string)r["ReminderName"] == IReportingDeadlinesGrain.ReminderName);
        Assert.Contains("reportingdeadlines", (string)reminder["GrainReference"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TimeSpan.FromHours(1).Ticks, TimeSpan.Parse((string)reminder["Period"], System.Globalization.CultureInfo.InvariantCulture).Ticks);
    }

    [Fact]
    public async Task A_police_month_and_a_due_day_of_the_20th_make_December_due_on_20_December_so_a_report_on_3_January_is_late()
    {
        var byPolice = await SonLa.SetScheduleAsync(Police, 20, policeMonth: true);
        var outOfRange = await SonLa.SetScheduleAsync(ReferenceCaseLoader.ProvinceCommittee, 29, policeMonth: true);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(byPolice.Errors).Code);
        Assert.Equal((ErrorCodes.ValidationFailed, "dueDay"), (Assert.Single(outOfRange.Errors).Code, outOfRange.Errors[0].Field));
        Assert.True((await SonLa.GetScheduleAsync()).IsDefault);

        var set = await SonLa.SetScheduleAsync(ReferenceCaseLoader.ProvinceCommittee, 20, policeMonth: true);
        await ReportDecemberOfChiengKhoangAsync();
        var status = await StatusAsync(ReferenceCaseLoader.ProvinceCommittee, "03718", "2023-12");

        Assert.Equal((20, true, false), (set.Value!.DueDay, set.Value.PoliceMonth, set.Value.IsDefault));
        var cell = Assert.Single(Assert.Single(status.Communes).Cells);
        Assert.Equal(("2023-12-20", ReportState.Late), (cell.DueDate, cell.State));
    }

    [Fact]
    public async Task A_district_committee_sees_its_communes_a_commune_committee_its_own_and_anything_else_is_not_found()
    {
        var district = await StatusAsync(ReferenceCaseLoader.DistrictCommittee("118"), "118", "2023-11");
        var commune = await StatusAsync(new Caller("xa-03718", "Ban Chỉ đạo xã Chiềng Khoang", [Roles.CommuneCommittee], "14", null, "03718"), "03718", "2023-11");

        Assert.Equal([ReferenceCase.CommuneCode], district.Communes.Select(r => r.CommuneCode));
        Assert.Equal([ReferenceCase.CommuneCode], commune.Communes.Select(r => r.CommuneCode));
        foreach (var (caller, unit) in new[]
        {
            (ReferenceCaseLoader.DistrictCommittee("116"), "118"),
            (ReferenceCaseLoader.DistrictCommittee("118"), "14"),
            (ReferenceCaseLoader.DistrictCommittee("118"), "03772"),
            (new Caller("province-12", "Ban Chỉ đạo 138 tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null), "14"),
        })
        {
            var refused = await SonLa.GetStatusAsync(caller, unit, "2023-11");
            Assert.Equal(ErrorCodes.NotFound, Assert.Single(refused.Errors).Code);
            Assert.DoesNotContain("Chiềng", refused.Errors[0].Message, StringComparison.Ordinal);
        }
    }

    private async Task<ReportingStatusInfo> StatusAsync(Caller caller, string unit, string period)
    {
        var outcome = await SonLa.GetStatusAsync(caller, unit, period);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }

    // Chiềng Khoang manages 62 persons after October 2023 and has no report of November or December.
    private async Task ReportDecemberOfChiengKhoangAsync()
    {
        var outcome = await Grains.GetGrain<IUnitIndicatorsGrain>(ReferenceCase.CommuneCode).RecordReportAsync(ReferenceCaseLoader.DistrictCommittee("118"),
            new ReportInput("2023-12", [new(ManagedPersonsAdded, 0), new(ManagedPersonsReleased, 1), new(ManagedPersonsCurrent, 61)]));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }
}
