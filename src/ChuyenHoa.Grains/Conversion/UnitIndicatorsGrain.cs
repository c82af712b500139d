using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Grains.Persistence;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Grains.Conversion;

public sealed class UnitIndicatorsGrain(
    [PersistentState("indicators", StorageNames.Documents)] IPersistentState<UnitIndicatorsGrain.State> state,
    IGrainFactory grains,
    TimeProvider clock,
    [FromKeyedServices(ReportingDeadlinesGrain.ClockKey)] TimeProvider reportingClock,
    IReportHistoryLog historyLog,
    ILogger<UnitIndicatorsGrain> logger) : Grain, IUnitIndicatorsGrain, IRemindable
{
    private const string RetryReminder = "flush-outbox";

    /// <summary>Ten years of months: a backlog fits, a runaway client does not.</summary>
    public const int MaxReportsPerBatch = 120;

    /// <summary>
    /// Revisions the state carries before they go to the history log in one append: a few monthly reports' worth, so that a
    /// report costs the log an append only now and then, and the state stays a few kilobytes whatever the history.
    /// </summary>
    public const int RevisionsPerLogAppend = 64;
    private UnitInfo? _unit;
    private GroupCommit? _commit;

    /// <summary>The <see cref="State.Version"/> of the latest write when it started, and of the latest write that completed.</summary>
    private long _writingVersion, _storedVersion;

    /// <summary>The push of the outbox under way, if any: one at a time, so the parent receives the changes in order.</summary>
    private Task? _push;

    /// <summary>The unit's identity: the grain is keyed by its <see cref="UnitKey.StorageKey"/>, like the unit's own grain.</summary>
    private UnitKey Key => UnitKey.Parse(this.GetPrimaryKeyString());

    private string Code => Key.Code;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _unit = await grains.GetGrain<IAdministrativeUnitGrain>(Key.StorageKey).GetAsync();
        _commit = new GroupCommit(WriteStateAsync);
        _writingVersion = _storedVersion = state.State.Version;
        if (state.State.LegacyOutbox is { } legacy)
        {
            // Stored by 45cb814 or earlier; taken over here and written in the new shape with the next change.
            state.State.Outbox.InsertRange(0, legacy.Select(StoredChange.From));
            state.State.LegacyOutbox = null;
        }

        var storedInOldShape = false;
        if (state.State.LegacyMonthly is { } monthly)
        {
            // Stored up to c558fcb as a dictionary per month.
            foreach (var (month, values) in monthly)
            {
                foreach (var (indicator, value) in values)
                {
                    state.State.Months.Set(Period.Parse(month), indicator, value);
                }
            }

            state.State.LegacyMonthly = null;
            storedInOldShape = true;
        }

        if (state.State.LegacyHistory is { Count: > 0 } history)
        {
            if (state.State.FirstReceived.Count == 0)
            {
                // Stored before receipts were kept: the first revision of a month is when it first arrived.
                foreach (var first in history.GroupBy(r => r.Period, StringComparer.Ordinal))
                {
                    state.State.FirstReceived[first.Key] = first.Min(r => r.At);
                }
            }

            // Up to c558fcb the history was part of the state. Into the log before the state is written without it, so a
            // failure between the two finds it in the state again.
            await historyLog.AppendAsync(Key.StorageKey, history, cancellationToken);
            state.State.LegacyHistory = null;
            storedInOldShape = true;
        }

        if (storedInOldShape)
        {
            await _commit.CommitAsync();
        }

        await LogRevisionsAsync();
        if (state.State.Outbox.Count > 0)
        {
            // Changes persisted before a crash, or acknowledged by the parent since the last write of this state: a
            // change the parent has applied already is ignored by its version.
            await PushOutboxAsync();
        }
    }

    /// <summary>Writes the state, noting which version each write holds (the outbox is pushed only as far as it is stored).</summary>
    private async Task WriteStateAsync()
    {
        var version = _writingVersion = state.State.Version;
        await state.WriteStateAsync();
        _storedVersion = version;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => await LogRevisionsAsync();

    /// <summary>
    /// Appends the revisions stored with the state to the history log, and forgets them once there (the state written next
    /// leaves them out). Until then, or after a failure, they are in the state: the report is stored, the history shows them
    /// from the state, and the next append (with a later report, at deactivation or at the next activation) takes them.
    /// </summary>
    private async Task LogRevisionsAsync()
    {
        var unlogged = state.State.Unlogged.ToArray();
        if (unlogged.Length == 0)
        {
            return;
        }

        try
        {
            await historyLog.AppendAsync(Key.StorageKey, unlogged);
            state.State.Unlogged.RemoveRange(0, unlogged.Length);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Appending {Count} revisions of {Unit} to the history log failed; kept in its state until the next change", unlogged.Length, Code);
        }
    }

    /// <summary>The revisions of one version, from the log and those not yet in it.</summary>
    private async Task<IReadOnlyList<StoredRevision>> RevisionsAsync(long? version)
    {
        var logged = await historyLog.ReadAsync(Key.StorageKey, version);
        return [.. logged
            .Concat(state.State.Unlogged.Where(r => version is null || r.Version == version))
            .DistinctBy(r => (r.Version, r.Period, r.Indicator))
            .OrderBy(r => r.Version)];
    }

    public async Task<Outcome<ReportReceipt>> RecordReportAsync(Caller caller, ReportInput report, string? idempotencyKey = null)
    {
        // The API checks the same; a direct call must not store what it refuses.
        if (ClientMutationId.CheckInput(report, idempotencyKey) is { } refusedInput)
        {
            return Outcome<ReportReceipt>.Failure(refusedInput);
        }

        // Scoped to the caller and the month (the commune is this grain): the same key from anyone else, or for another
        // month, is a new report, never the answer given to someone else.
        var key = idempotencyKey is not null && Period.TryParse(report.Period, out var month, out _)
            ? new ReportKey(caller.UserId, month.ToString(), idempotencyKey)
            : null;
        if (key is not null && Refusal(caller) is null && state.State.ReportKeys.TryGetValue(key, out var known))
        {
            // A retry after a lost answer: the first answer again, even if the month was corrected since.
            return Outcome<ReportReceipt>.Success(new ReportReceipt(Code, key.Month, known.Version,
                known.Changed ? [.. (await RevisionsAsync(known.Version)).Where(r => r.Period == key.Month).Select(r => r.ToInfo())] : []));
        }

        var outcome = await RecordAsync(caller, [report], batch: false, key);
        return outcome.Succeeded ? Outcome<ReportReceipt>.Success(outcome.Value![0]) : Outcome<ReportReceipt>.Failure(outcome.Errors);
    }

    public Task<Outcome<IReadOnlyList<ReportReceipt>>> RecordReportsAsync(Caller caller, IReadOnlyList<ReportInput> reports) =>
        FreeText.FirstDisallowed(reports, "reports") is { } refusedInput
            ? Task.FromResult(Outcome<IReadOnlyList<ReportReceipt>>.Failure(refusedInput))
            : RecordAsync(caller, reports, batch: true, reportKey: null);

    // Another province's commune answers as one that does not exist: which provinces are onboarded is not the caller's to learn.
    private DomainError? Refusal(Caller caller) =>
        _unit is not { Level: UnitLevel.Commune } commune || commune.ProvinceCode != caller.ProvinceCode
            ? new DomainError(ErrorCodes.NotFound, $"Không tìm thấy xã mã \"{Code}\".", "communeCode")
        : !CanSubmitFor(caller, commune) ? DomainError.Forbidden
        : null;

    /// <summary>A three-level commune reports through its district's committee, a two-level one (directly under its province) through its own.</summary>
    private static bool CanSubmitFor(Caller caller, UnitInfo commune) =>
        commune.ParentCode is { } parent && parent != commune.ProvinceCode
            ? caller.Scope.CanSubmitForDistrict(parent)
            : caller.Scope.CanSubmitForCommune(commune.Code);

    public async Task<Outcome<IReadOnlyList<ReportPreview>>> PreviewReportsAsync(Caller caller, IReadOnlyList<ReportInput> reports)
    {
        if (FreeText.FirstDisallowed(reports, "reports") is { } refusedInput)
        {
            return Outcome<IReadOnlyList<ReportPreview>>.Failure(refusedInput);
        }

        var check = await CheckAsync(caller, reports);
        if (check.Refused is { } refused)
        {
            return Outcome<IReadOnlyList<ReportPreview>>.Failure(refused);
        }

        return Outcome<IReadOnlyList<ReportPreview>>.Success([.. reports.Select((report, index) => new ReportPreview(
            report.Period,
            check.Accepted.FirstOrDefault(a => a.Index == index)?.Deltas ?? [],
            [.. check.Errors.Where(e => e.Index == index).Select(e => UserError.From(e.Error))]))]);
    }

    public async Task<Outcome<IReadOnlyList<ReportableMonth>>> GetReportableMonthsAsync(Caller caller, IReadOnlyList<string> months)
    {
        if (Refusal(caller) is { } refused)
        {
            return Outcome<IReadOnlyList<ReportableMonth>>.Failure(refused);
        }

        var reportable = new List<ReportableMonth>();
        var planYears = new Dictionary<int, int?>();
        foreach (var text in months)
        {
            if (!Period.TryParse(text, out var month, out var error) || month.Kind != PeriodKind.Month)
            {
                return Outcome<IReadOnlyList<ReportableMonth>>.Failure(error ?? DomainError.Validation($"Kỳ \"{text}\" không phải một tháng (ví dụ 2026-07).", IndicatorReportValidator.PeriodField));
            }

            if (await PlanYearAsync(_unit!, month.Year, planYears) is not null)
            {
                var key = month.ToString();
                reportable.Add(new ReportableMonth(key, [.. state.State.Months.ValuesOf(month).Select(v => new MonthlyValueInfo(key, v.Key, v.Value))]));
            }
        }

        return Outcome<IReadOnlyList<ReportableMonth>>.Success(reportable);
    }

    /// <param name="reportKey">The idempotency key of a single report, recorded with it.</param>
    private async Task<Outcome<IReadOnlyList<ReportReceipt>>> RecordAsync(Caller caller, IReadOnlyList<ReportInput> reports, bool batch, ReportKey? reportKey)
    {
        var check = await CheckAsync(caller, reports);
        if (check.Refused is { } refused)
        {
            return Outcome<IReadOnlyList<ReportReceipt>>.Failure(refused);
        }

        if (check.Errors.Count > 0)
        {
            return Outcome<IReadOnlyList<ReportReceipt>>.Failure(check.Errors.Select(e => InReport(e.Index, e.Error, batch)));
        }

        var accepted = check.Accepted;
        if (accepted.All(a => a.Deltas.Length == 0))
        {
            // The same reports again: acknowledged, nothing to change but the key, so that its retry stays this answer.
            if (reportKey is not null)
            {
                state.State.ReportKeys[reportKey] = new ReportKeyEntry(state.State.Version, Changed: false);
                await _commit!.CommitAsync();
            }

            return Outcome<IReadOnlyList<ReportReceipt>>.Success([.. accepted.Select(a => new ReportReceipt(Code, a.Month, state.State.Version, []))]);
        }

        var version = RecordOwnChange([.. accepted.SelectMany(a => a.Deltas)]);
        var at = clock.GetUtcNow();
        var received = reportingClock.GetUtcNow();
        var receipts = new List<ReportReceipt>();
        foreach (var (_, month, deltas, note) in accepted)
        {
            var revisions = deltas.Select(d => new StoredRevision(version, month, d.Indicator, d.OldValue, d.NewValue, caller.UserId, caller.DisplayName, at, note)).ToArray();
            state.State.Unlogged.AddRange(revisions);
            state.State.FirstReceived.TryAdd(month, received);
            receipts.Add(new ReportReceipt(Code, month, version, [.. revisions.Select(r => r.ToInfo())]));
        }

        if (reportKey is not null)
        {
            state.State.ReportKeys[reportKey] = new ReportKeyEntry(version, Changed: true);
        }

        await _commit!.CommitAsync();
        if (state.State.Unlogged.Count >= RevisionsPerLogAppend)
        {
            await LogRevisionsAsync();
        }

        await PushOutboxAsync();
        return Outcome<IReadOnlyList<ReportReceipt>>.Success(receipts);
    }

    /// <summary>An error of one report of a batch names the month and the report's place; a single report's stays as it is.</summary>
    private static DomainError InReport(int index, DomainError error, bool batch) =>
        batch ? error with { Message = $"Báo cáo thứ {index + 1}: {error.Message}", Field = $"reports[{index}].{error.Field}" } : error;

    /// <summary>
    /// Every check of a batch, the one path of recording and of its dry run: the scope and the batch's size (a refusal of the
    /// whole batch), then each report's month, then, earliest month first, its plan year, its figures and the note a correction
    /// needs, each month's balance building on the month before it in the same batch. Nothing is written.
    /// </summary>
    private async Task<BatchCheck> CheckAsync(Caller caller, IReadOnlyList<ReportInput> reports)
    {
        if (Refusal(caller) is { } refused)
        {
            return new BatchCheck(refused, [], []);
        }

        var commune = _unit!;

        if (reports.Count is 0 or > MaxReportsPerBatch)
        {
            return new BatchCheck(DomainError.Validation(
                $"Mỗi lần gửi từ 1 đến {MaxReportsPerBatch} báo cáo tháng (đã gửi {reports.Count}): chia thành nhiều lần gửi.", "reports"), [], []);
        }

        var errors = new List<(int Index, DomainError Error)>();
        var months = new List<(int Index, Period Month)>();
        for (var i = 0; i < reports.Count; i++)
        {
            if (!Period.TryParse(reports[i].Period, out var month, out var periodError))
            {
                errors.Add((i, periodError));
            }
            else if (months.Any(m => m.Month == month))
            {
                errors.Add((i, DomainError.Validation($"Tháng {month} có hai báo cáo trong cùng một lần gửi: mỗi tháng chỉ gửi một báo cáo.", IndicatorReportValidator.PeriodField)));
            }
            else
            {
                months.Add((i, month));
            }
        }

        // Earliest month first, so each month's balance builds on the month before it in the same batch: the managed
        // persons of each month, stored or reported earlier in the batch, are all that carries from one month to the next.
        var managedCurrent = state.State.Months.Series(IndicatorCodes.ManagedPersonsCurrent);
        var planYears = new Dictionary<int, int?>();
        var accepted = new List<AcceptedReport>();
        foreach (var (index, month) in months.OrderBy(m => m.Month))
        {
            var report = reports[index];
            if (await PlanYearAsync(commune, month.Year, planYears) is not { } planYear)
            {
                errors.Add((index, DomainError.Validation(
                    $"{commune.FullName} không thuộc kế hoạch chuyển hóa nào của tỉnh từ năm {month.Year} trở đi; chỉ nhận báo cáo của xã thuộc kế hoạch.", "communeCode")));
                continue;
            }

            var previousCurrent = IndicatorAggregation.LatestBefore(managedCurrent, month);
            var validated = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, new IndicatorReportSubmission(
                report.Period, [.. report.Values.Select(v => new IndicatorEntry(v.Indicator, v.Value))], planYear, previousCurrent, report.OverrideStockFlow, report.Note));
            if (!validated.IsSuccess)
            {
                errors.AddRange(validated.Errors.Select(e => (index, e)));
                continue;
            }

            // A month comes once per batch, so the stored values are the ones this report changes.
            var key = month.ToString();
            var deltas = validated.Value.Values
                .Select(v => new ValueDelta(key, v.Key, state.State.Months.TryGet(month, v.Key, out var old) ? old : null, v.Value))
                .Where(d => d.OldValue != d.NewValue)
                .OrderBy(d => d.Indicator, StringComparer.Ordinal)
                .ToArray();
            if (IndicatorReportValidator.CorrectionWithoutNote(
                IndicatorCatalog.Standard, key, [.. deltas.Where(d => d.OldValue is not null).Select(d => d.Indicator)], report.Note) is { } noteMissing)
            {
                errors.Add((index, noteMissing));
                continue;
            }

            if (validated.Value.Values.TryGetValue(IndicatorCodes.ManagedPersonsCurrent, out var current))
            {
                managedCurrent[month] = current;
            }

            accepted.Add(new AcceptedReport(index, key, deltas, report.Note));
        }

        return new BatchCheck(null, errors, accepted);
    }

    /// <summary><see cref="PlanYearForAsync"/> once per year of a batch.</summary>
    private async Task<int?> PlanYearAsync(UnitInfo commune, int year, Dictionary<int, int?> known)
    {
        if (!known.TryGetValue(year, out var planYear))
        {
            known[year] = planYear = await PlanYearForAsync(commune.ProvinceCode, year);
        }

        return planYear;
    }

    /// <summary>A batch as checked: refused whole, or each report's errors (by its place in the batch) and the months accepted, earliest first.</summary>
    private sealed record BatchCheck(DomainError? Refused, IReadOnlyList<(int Index, DomainError Error)> Errors, IReadOnlyList<AcceptedReport> Accepted);

    /// <summary>A report that passed every check: its place in the batch, its month and what it changes.</summary>
    private sealed record AcceptedReport(int Index, string Month, ValueDelta[] Deltas, string? Note);

    public async Task ApplyChildChangeAsync(UnitChange change)
    {
        var applied = state.State.ChildVersions.GetValueOrDefault(change.ChildCode);
        if (change.Version <= applied)
        {
            // Applied already, perhaps by a call still waiting for its write: acknowledged once that is stored.
            await _commit!.WhenStoredAsync();
            return;
        }

        if (change.Version != applied + 1)
        {
            // The child sends its changes in order and retries the oldest first, so a gap means a bug, not a race.
            throw new InvalidOperationException($"Change {change.Version} of {change.ChildCode} arrived at {Code}, which has applied only up to {applied}.");
        }

        var deltas = new List<ValueDelta>();
        foreach (var delta in change.Deltas)
        {
            long? oldTotal = state.State.Months.TryGet(Period.Parse(delta.Month), delta.Indicator, out var total) ? total : null;
            var newTotal = (oldTotal ?? 0) + delta.NewValue - (delta.OldValue ?? 0);
            deltas.Add(new ValueDelta(delta.Month, delta.Indicator, oldTotal, newTotal));
        }

        state.State.ChildVersions[change.ChildCode] = change.Version;
        RecordOwnChange(deltas.Where(d => d.OldValue != d.NewValue).ToArray());
        // The children's changes of a burst share a write (the calls interleave), and the child keeps its change until this returns.
        await _commit!.CommitAsync();
        await PushOutboxAsync();
    }

    public Task<IReadOnlyList<IndicatorValueInfo>> GetValuesAsync(string period, IReadOnlyList<string> indicators)
    {
        var parsed = Period.Parse(period);
        var definitions = indicators.Count == 0
            ? IndicatorCatalog.Standard.Definitions
            : indicators.Select(code => IndicatorCatalog.Standard.Find(code)).OfType<IndicatorDefinition>().ToArray();
        IReadOnlyList<IndicatorValueInfo> values = definitions
            .Select(d => IndicatorAggregation.Compare(d, state.State.Months.Series(d.Code), parsed))
            .Select(v => new IndicatorValueInfo(v.Indicator, v.Period.ToString(), v.Value, v.PreviousYearValue, v.ChangeFromPreviousYear))
            .ToArray();
        return Task.FromResult(values);
    }

    public Task<IReadOnlyList<MonthlyValueInfo>> GetMonthlyValuesAsync() => GetMonthlyValuesOfAsync([]);

    public Task<IReadOnlyList<MonthlyValueInfo>> GetMonthlyValuesOfAsync(IReadOnlyList<string> indicators) =>
        Task.FromResult<IReadOnlyList<MonthlyValueInfo>>(
            [.. state.State.Months.All().Where(v => indicators.Count == 0 || indicators.Contains(v.Indicator)).Select(v => new MonthlyValueInfo(v.Month.ToString(), v.Indicator, v.Value))]);

    public async Task<IReadOnlyList<ReportRevision>> GetHistoryAsync() => [.. (await RevisionsAsync(version: null)).Select(r => r.ToInfo())];

    public Task<IReadOnlyDictionary<string, DateTimeOffset>> GetFirstReceiptsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, DateTimeOffset>>(new Dictionary<string, DateTimeOffset>(state.State.FirstReceived, StringComparer.Ordinal));

    public async Task<int> FlushOutboxAsync()
    {
        await PushOutboxAsync();
        return state.State.Outbox.Count;
    }

    /// <summary>Pushes the outbox as far as it is stored; a call during a push waits for it and pushes what was stored meanwhile.</summary>
    private async Task PushOutboxAsync()
    {
        while (_push is { IsCompleted: false } running)
        {
            await running;
        }

        if (_unit?.ParentCode is not null && (state.State.Outbox.Count > 0 || state.State.RetryScheduled))
        {
            await (_push = PushStoredChangesAsync());
        }
    }

    private async Task PushStoredChangesAsync()
    {
        // The parent of the unit's edition: a 2024 commune's district, a 2025 commune's province.
        var parentCode = _unit!.ParentCode!;
        var parent = grains.GetGrain<IUnitIndicatorsGrain>(_unit.KeyOf(parentCode).StorageKey);
        try
        {
            // A change goes up only once stored: a parent must never hold a change its child could lose.
            while (state.State.Outbox is [var oldest, ..] && oldest.Version <= _storedVersion)
            {
                await parent.ApplyChildChangeAsync(oldest.ToMessage(Code));
                // Not written for this: the next write leaves it out, and until then a change sent again is ignored by its version.
                state.State.Outbox.RemoveAt(0);
            }

            if (state.State.RetryScheduled && state.State.Outbox.Count == 0)
            {
                await this.UnregisterReminder(await this.GetReminder(RetryReminder) ?? throw new InvalidOperationException("Reminder lost."));
                state.State.RetryScheduled = false;
                await _commit!.CommitAsync();
            }
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            // Persisted and acknowledged already; the roll-up catches up when the parent answers again.
            logger.LogWarning(e, "Pushing {Count} changes of {Unit} to {Parent} failed; retrying later", state.State.Outbox.Count, Code, parentCode);
            if (!state.State.RetryScheduled)
            {
                await this.RegisterOrUpdateReminder(RetryReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
                state.State.RetryScheduled = true;
                await _commit!.CommitAsync();
            }
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RetryReminder)
        {
            await FlushOutboxAsync();
        }
    }

    /// <summary>
    /// The earliest plan year, of the report's year or later, that names this commune; else the report's year itself when a plan
    /// removed the commune and its monitoring reaches into that year (a monitored commune keeps reporting).
    /// </summary>
    private async Task<int?> PlanYearForAsync(string provinceCode, int reportYear)
    {
        var keys = (await grains.GetGrain<ITenantGrain>(provinceCode).GetPlanKeysAsync())
            .Select(key => (Key: key, IConversionPlanGrain.ParseKey(key)?.Year)).ToArray();
        foreach (var (key, year) in keys.Where(k => k.Year >= reportYear))
        {
            // A plan names the communes of the edition in force when it was decided (and the plan of 2025 their successors from
            // July); the same code in another edition is another commune.
            if ((await grains.GetGrain<IConversionPlanGrain>(key).GetAsync())?.Designates(Key) == true)
            {
                return year;
            }
        }

        // A removal may come with the next year's decision, and monitoring lasts up to two years.
        foreach (var (key, _) in keys.Where(k => k.Year >= reportYear - 3 && k.Year <= reportYear))
        {
            if ((await grains.GetGrain<IConversionPlanGrain>(key).GetAsync())?.MonitorsIn(Key, reportYear) == true)
            {
                return reportYear;
            }
        }

        return null;
    }

    private long RecordOwnChange(IReadOnlyList<ValueDelta> deltas)
    {
        if (deltas.Count == 0)
        {
            return state.State.Version;
        }

        foreach (var delta in deltas)
        {
            state.State.Months.Set(Period.Parse(delta.Month), delta.Indicator, delta.NewValue);
        }

        if (_unit?.ParentCode is not null && state.State.Outbox is [.., var last] && last.Version > _writingVersion)
        {
            // In no write yet, so unseen by the parent: the changes of a burst go up as one.
            state.State.Outbox[^1] = last.FollowedBy(deltas);
            return state.State.Version;
        }

        state.State.Version++;
        if (_unit?.ParentCode is not null)
        {
            state.State.Outbox.Add(new StoredChange(state.State.Version, [.. deltas.Select(StoredDelta.From)]));
        }

        return state.State.Version;
    }

    /// <summary>An idempotency key of a report as one caller sent it for one month.</summary>
    [GenerateSerializer, Immutable, Alias("ChuyenHoa.UnitIndicatorsGrain.ReportKey")]
    public sealed record ReportKey([property: Id(0)] string UserId, [property: Id(1)] string Month, [property: Id(2)] string ClientMutationId);

    /// <summary>The version a keyed report was answered with, and whether it changed anything (its revisions carry that version).</summary>
    [GenerateSerializer, Immutable, Alias("ChuyenHoa.UnitIndicatorsGrain.ReportKeyEntry")]
    public sealed record ReportKeyEntry([property: Id(0)] long Version, [property: Id(1)] bool Changed);

    [GenerateSerializer, Alias("ChuyenHoa.UnitIndicatorsGrain.State")]
    public sealed class State
    {
        /// <summary>How many times this unit's own values changed (a burst of children's changes not yet written counts once).</summary>
        [Id(0)] public long Version { get; set; }

        /// <summary>
        /// Month ("2023-11") → indicator → value, as c558fcb and earlier stored the values: moved to <see cref="Months"/> on
        /// activation, never written again.
        /// </summary>
        [Id(1)] public Dictionary<string, Dictionary<string, long>>? LegacyMonthly { get; set; }

        /// <summary>The last change applied from each child.</summary>
        [Id(2)] public Dictionary<string, long> ChildVersions { get; set; } = new(StringComparer.Ordinal);

        /// <summary>
        /// The outbox as 45cb814 and earlier stored it, in the API's records (whose list types the stored bytes name, so
        /// they load only as those): moved to <see cref="Outbox"/> on activation, never written again.
        /// </summary>
        [Id(3)] public List<UnitChange>? LegacyOutbox { get; set; }

        /// <summary>
        /// Every accepted change of the commune's reports, as c558fcb and earlier kept them in the state: moved to the
        /// history log on activation, never written again.
        /// </summary>
        [Id(4)] public List<StoredRevision>? LegacyHistory { get; set; }

        [Id(5)] public bool RetryScheduled { get; set; }

        [Id(6)] public Dictionary<ReportKey, ReportKeyEntry> ReportKeys { get; set; } = [];

        /// <summary>
        /// Own changes the parent may not have applied yet, oldest first. Those it acknowledges leave the list in memory and
        /// with the next write; one sent again after a restart is ignored by its version.
        /// </summary>
        [Id(7)] public List<StoredChange> Outbox { get; set; } = [];

        /// <summary>
        /// Month → when its report first arrived (UTC), which decides whether it was on time. Empty in state stored before it
        /// was kept: then filled on activation from the history.
        /// </summary>
        [Id(8)] public Dictionary<string, DateTimeOffset> FirstReceived { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The values: reported (commune) or the sum of the children (above).</summary>
        [Id(9)] public MonthTable Months { get; set; } = new();

        /// <summary>Revisions written with the state and not yet known to be in the history log, oldest first.</summary>
        [Id(10)] public List<StoredRevision> Unlogged { get; set; } = [];
    }
}
