using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using ChuyenHoa.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace ChuyenHoa.Grains.Conversion;

public sealed class ReportingDeadlinesGrain(
    [PersistentState("reporting", StorageNames.Units)] IPersistentState<ReportingDeadlinesGrain.State> state,
    IGrainFactory grains,
    [FromKeyedServices(ReportingDeadlinesGrain.ClockKey)] TimeProvider clock,
    ILogger<ReportingDeadlinesGrain> logger) : Grain, IReportingDeadlinesGrain, IRemindable
{
    /// <summary>
    /// The key of the clock deadlines and first receipts are read on: the grains' own clock unless a host registers another
    /// (a test host moves it without moving the time its tokens and timers run on).
    /// </summary>
    public const string ClockKey = "reporting";

    // Observers live in memory only: a subscriber that stops renewing (its silo died) falls away by itself. Their lifetime runs
    // on the machine's time, not on the deadlines' clock: moving the deadlines forward must not drop the listeners.
    private readonly ObserverManager<IReportingObserver> _observers = new(IReportingDeadlinesGrain.SubscriptionLifetime, logger);

    private string ProvinceCode => this.GetPrimaryKeyString();

    private ReportingScheduleInfo Schedule => state.State.DueDay is { } dueDay
        ? new(ProvinceCode, dueDay, state.State.PoliceMonth, IsDefault: false)
        : new(ProvinceCode, ReportingSchedule.DefaultDueDay, PoliceMonth: false, IsDefault: true);

    public Task<ReportingScheduleInfo> GetScheduleAsync() => Task.FromResult(Schedule);

    public async Task<Outcome<ReportingScheduleInfo>> SetScheduleAsync(Caller caller, int dueDay, bool policeMonth)
    {
        if (!caller.Scope.CanManagePlans(ProvinceCode))
        {
            return Outcome<ReportingScheduleInfo>.Failure(DomainError.Forbidden);
        }

        if (ReportingSchedule.Refusal(dueDay) is { } refused)
        {
            return Outcome<ReportingScheduleInfo>.Failure(refused);
        }

        state.State.DueDay = dueDay;
        state.State.PoliceMonth = policeMonth;
        await state.WriteStateAsync();
        await EnsureWatchedAsync();
        logger.LogInformation("Reporting schedule of province {ProvinceCode} set by {UserId}: due day {DueDay}, police month {PoliceMonth}", ProvinceCode, caller.UserId, dueDay, policeMonth);
        return Outcome<ReportingScheduleInfo>.Success(Schedule);
    }

    public async Task<Outcome<ReportingStatusInfo>> GetStatusAsync(Caller caller, string unitStorageKey, string period)
    {
        if (!Period.TryParse(period, out var parsed, out var periodError))
        {
            return Outcome<ReportingStatusInfo>.Failure(periodError);
        }

        // Another province's unit, or one the caller may not read, is one that does not exist.
        var unit = await grains.GetGrain<IAdministrativeUnitGrain>(unitStorageKey).GetAsync();
        if (unit is null || unit.ProvinceCode != ProvinceCode || !unit.IsReadableBy(caller.Scope))
        {
            return Outcome<ReportingStatusInfo>.Failure(new DomainError(ErrorCodes.NotFound, $"Không tìm thấy đơn vị mã \"{UnitKey.Parse(unitStorageKey).Code}\".", "unitCode"));
        }

        var schedule = Schedule;
        var now = clock.GetUtcNow();
        var months = parsed.Months;
        var rows = (await ExpectedAsync(months.Select(m => m.Year).Distinct()))
            .Where(c => Covers(unit, c.Unit))
            // Checked again per row: a commune committee asking for its province never gets here, but rows answer for themselves.
            .Where(c => c.Unit.IsReadableBy(caller.Scope))
            .Select(c => RowOf(c, months.Where(c.Months.Contains), schedule.ToSchedule(), now))
            .Where(r => r.Cells.Count > 0)
            .OrderBy(r => r.CommuneName, StringComparer.Ordinal)
            .ThenBy(r => r.CommuneCode, StringComparer.Ordinal)
            .ToArray();
        return Outcome<ReportingStatusInfo>.Success(new ReportingStatusInfo(unit.Code, parsed.ToString(), schedule, now, [.. months.Select(m => m.ToString())], rows));
    }

    /// <summary>Whether a commune is the unit, or under it.</summary>
    private static bool Covers(UnitInfo unit, UnitInfo commune) => unit.Level switch
    {
        UnitLevel.Province => true,
        UnitLevel.District => commune.ParentCode == unit.Code && commune.EditionId == unit.EditionId,
        _ => commune.Code == unit.Code && commune.EditionId == unit.EditionId,
    };

    /// <summary>What a cell calls for now: a notice that it is overdue, or due within <see cref="IReportingDeadlinesGrain.DueSoonDays"/>; null otherwise.</summary>
    private static ReportingNoticeKind? NoticeKindOf(ReportingCellInfo cell, DateOnly today) => cell.State switch
    {
        ReportState.Overdue => ReportingNoticeKind.Overdue,
        ReportState.NotYetDue when DateOnly.Parse(cell.DueDate, System.Globalization.CultureInfo.InvariantCulture).DayNumber - today.DayNumber
            < IReportingDeadlinesGrain.DueSoonDays => ReportingNoticeKind.DueSoon,
        _ => null,
    };

    public async Task<IReadOnlyList<ReportingNotice>> GetCurrentNoticesAsync(Caller caller, string unitStorageKey)
    {
        var unit = await grains.GetGrain<IAdministrativeUnitGrain>(unitStorageKey).GetAsync();
        if (unit is null || unit.ProvinceCode != ProvinceCode || !unit.IsReadableBy(caller.Scope))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.DayOf(now);
        var schedule = Schedule.ToSchedule();
        return [.. (await ExpectedAsync([today.Year - 1, today.Year]))
            .Where(c => Covers(unit, c.Unit) && c.Unit.IsReadableBy(caller.Scope))
            .Select(c => RowOf(c, c.Months, schedule, now))
            .SelectMany(row => row.Cells.Select(cell => NoticeKindOf(cell, today) is { } kind
                ? new ReportingNotice(ProvinceCode, row.CommuneCode, row.EditionId, row.CommuneName, row.DistrictCode, cell.Month, kind, cell.DueDate, now)
                : null))
            .OfType<ReportingNotice>()];
    }

    public async Task<IReadOnlyList<ReportingNotice>> CheckDeadlinesAsync()
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DayOf(now);
        var schedule = Schedule.ToSchedule();
        var notices = new List<ReportingNotice>();
        foreach (var commune in await ExpectedAsync([today.Year - 1, today.Year]))
        {
            var row = RowOf(commune, commune.Months, schedule, now);
            foreach (var cell in row.Cells)
            {
                if (NoticeKindOf(cell, today) is { } announced && state.State.Announced.Add($"{announced}|{commune.Unit.KeyOf(commune.Unit.Code).StorageKey}|{cell.Month}"))
                {
                    notices.Add(new ReportingNotice(ProvinceCode, row.CommuneCode, row.EditionId, row.CommuneName, row.DistrictCode, cell.Month, announced, cell.DueDate, now));
                }
            }
        }

        if (notices.Count > 0)
        {
            await state.WriteStateAsync();
            foreach (var notice in notices)
            {
                _observers.Notify(observer => observer.NoticeSent(notice));
            }

            logger.LogInformation("Reporting deadlines of province {ProvinceCode}: {Overdue} reports overdue, {DueSoon} due soon",
                ProvinceCode, notices.Count(n => n.Kind == ReportingNoticeKind.Overdue), notices.Count(n => n.Kind == ReportingNoticeKind.DueSoon));
        }

        return notices;
    }

    public async Task EnsureWatchedAsync()
    {
        if (!state.State.Watched)
        {
            await this.RegisterOrUpdateReminder(IReportingDeadlinesGrain.ReminderName, IReportingDeadlinesGrain.CheckEvery, IReportingDeadlinesGrain.CheckEvery);
            state.State.Watched = true;
            await state.WriteStateAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == IReportingDeadlinesGrain.ReminderName)
        {
            await CheckDeadlinesAsync();
        }
    }

    public Task SubscribeAsync(IReportingObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IReportingObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private static ReportingRowInfo RowOf(ExpectedCommune commune, IEnumerable<Period> months, ReportingSchedule schedule, DateTimeOffset now) =>
        new(commune.Unit.Code, commune.Unit.EditionId, commune.Unit.FullName, commune.Unit.GetDistrictCode(), [.. months.Order().Select(month =>
        {
            DateTimeOffset? received = commune.Receipts.TryGetValue(month.ToString(), out var at) ? at : null;
            return new ReportingCellInfo(month.ToString(), schedule.StateOf(month, received, now), schedule.DueDateOf(month).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), received);
        })]);

    /// <summary>The communes the province's plans of <paramref name="years"/> designate, each with the months it owes and the reports it sent.</summary>
    private async Task<List<ExpectedCommune>> ExpectedAsync(IEnumerable<int> years)
    {
        var wanted = years.ToHashSet();
        var months = new Dictionary<UnitKey, HashSet<Period>>();
        foreach (var key in await grains.GetGrain<ITenantGrain>(ProvinceCode).GetPlanKeysAsync())
        {
            if (IConversionPlanGrain.ParseKey(key) is not { } parsed || !wanted.Contains(parsed.Year)
                || await grains.GetGrain<IConversionPlanGrain>(key).GetAsync() is not { } plan)
            {
                continue;
            }

            foreach (var designation in plan.Designations.Where(d => d.Confirmation != CarryOverConfirmation.Declined))
            {
                var commune = plan.KeyOf(designation);
                var owed = ExpectedReports.MonthsOf(plan.Year, commune.Edition, DayOf(designation.DesignatedFrom), DayOf(designation.RemovedFrom));
                if (!months.TryGetValue(commune, out var all))
                {
                    months[commune] = all = [];
                }

                all.UnionWith(owed);
            }
        }

        var communes = await Task.WhenAll(months.Where(m => m.Value.Count > 0).Select(async m =>
        {
            var unit = await grains.GetGrain<IAdministrativeUnitGrain>(m.Key.StorageKey).GetAsync();
            var receipts = await grains.GetGrain<IUnitIndicatorsGrain>(m.Key.StorageKey).GetFirstReceiptsAsync();
            return unit is null ? null : new ExpectedCommune(unit, m.Value, receipts);
        }));
        return [.. communes.OfType<ExpectedCommune>()];
    }

    private static DateOnly? DayOf(string? isoDate) => IsoDate.TryParse(isoDate, out var day) ? day : null;

    private sealed record ExpectedCommune(UnitInfo Unit, IReadOnlySet<Period> Months, IReadOnlyDictionary<string, DateTimeOffset> Receipts);

    [GenerateSerializer, Alias("ChuyenHoa.ReportingDeadlinesGrain.State")]
    public sealed class State
    {
        /// <summary>The province's own due day; null while it keeps the default.</summary>
        [Id(0)] public int? DueDay { get; set; }

        [Id(1)] public bool PoliceMonth { get; set; }

        /// <summary>Whether the reminder has been registered.</summary>
        [Id(2)] public bool Watched { get; set; }

        /// <summary>The notices made, as "kind|commune storage key|month", so that each is made once.</summary>
        [Id(3)] public HashSet<string> Announced { get; set; } = new(StringComparer.Ordinal);
    }
}
