using System.Text.Json;
using Azure.Data.Tables;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Indicators;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// The report indicators of Sơn La's two-level communes and province as the grains of c558fcb stored them: a commune's history
/// with a keyed report and a correction, the province's roll-up, each month's first receipt, and a second commune's change
/// left in its outbox (with its retry reminder) because the province failed. Every table entity, reminder and blob of that run
/// is put in a fresh cluster's storage before its silo starts; the grains of this code must answer as the grains of c558fcb
/// answered (<c>answers-of-c558fcb.json</c>). How the fixture was made: <c>StateWrittenC558fcb/README.md</c>.
/// </summary>
public sealed class StateWrittenC558fcbTests : IAsyncLifetime
{
    /// <summary>Quỳnh Nhai: eight months reported, 2025-10 under the key <c>fixture-1</c> and corrected since with a note.</summary>
    private const string QuynhNhai = "2025:03703";

    /// <summary>A commune whose report of 2026-01 the province never acknowledged: stored in its outbox.</summary>
    private const string Pending = "2025:03721";

    private const string Province = "2025:14";
    private const string KeyedReport = "fixture-1";
    private const string AfterThePendingChange = " after the pending change";
    private static readonly string[] Years = ["2025", "2026"];
    private static readonly WrittenState Written = new("c558fcb");
    private GrainCluster _cluster = null!;

    private IUnitIndicatorsGrain Indicators(string unit) => _cluster.Grains.GetGrain<IUnitIndicatorsGrain>(unit);

    public async Task InitializeAsync() => _cluster = await Written.StartClusterAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task History_values_monthly_values_and_first_receipts_of_communes_and_province_answer_as_c558fcb_did_also_after_a_restart()
    {
        // The province first: waking the pending commune pushes its change.
        await AssertAnsweredAsBeforeAsync(Province);
        await AssertAnsweredAsBeforeAsync(QuynhNhai);
        await AssertAnsweredAsBeforeAsync(Pending);

        await _cluster.RestartAsync();

        await AssertAnsweredAsBeforeAsync(QuynhNhai);
        await AssertAnsweredAsBeforeAsync(Pending);
        await Written.AssertAnsweredAsBeforeAsync($"history {Province}", Indicators(Province).GetHistoryAsync());
        await Written.AssertAnsweredAsBeforeAsync($"first receipts {Province}", FirstReceiptsAsync(Province));
        await AssertPendingChangeAppliedOnceAsync();
    }

    [Fact]
    public async Task The_change_c558fcb_left_in_the_outbox_reaches_the_province_once_when_the_commune_wakes_stays_after_a_restart_and_its_reminder_is_gone()
    {
        await AssertValuesAsBeforeAsync(Province);
        Assert.Contains(await RetryRemindersAsync(), r => r.GetString("GrainReference").EndsWith(Pending, StringComparison.Ordinal));

        await Written.AssertAnsweredAsBeforeAsync($"history {Pending}", Indicators(Pending).GetHistoryAsync());
        Assert.Equal(0, await Indicators(Pending).FlushOutboxAsync());
        await AssertPendingChangeAppliedOnceAsync();

        await _cluster.RestartAsync();
        await AssertAnsweredAsBeforeAsync(Pending);
        Assert.Equal(0, await Indicators(Pending).FlushOutboxAsync());
        await AssertPendingChangeAppliedOnceAsync();
        Assert.Empty(await RetryRemindersAsync());
    }

    [Fact]
    public async Task A_retry_of_the_keyed_report_with_other_figures_gets_the_first_answer_though_the_month_was_corrected_since_and_changes_nothing()
    {
        var first = Written.Answers["keyed receipt"].Deserialize<ReportReceipt>()!;
        var report = Written.Answers["keyed report"].Deserialize<ReportInput>()!;
        Assert.Contains(Written.Answers[$"history {QuynhNhai}"].Deserialize<ReportRevision[]>()!,
            r => r.Period == report.Period && r.Version > first.Version && r.OldValue is not null);

        var retry = await Indicators(QuynhNhai).RecordReportAsync(ReporterOf(first.Changes[0]), report with
        {
            Values = [.. report.Values.Select(v => v with { Value = v.Value + 1 })],
            OverrideStockFlow = true,
            Note = "Gửi lại.",
        }, KeyedReport);

        Assert.True(retry.Succeeded, string.Join("; ", retry.Errors.Select(e => e.Message)));
        Assert.Equal(Written.Answers["keyed receipt"]!.ToJsonString(), JsonSerializer.SerializeToNode(retry.Value)!.ToJsonString());
        await AssertAnsweredAsBeforeAsync(QuynhNhai);
        await AssertAnsweredAsBeforeAsync(Province);
    }

    [Fact]
    public async Task A_report_after_the_upgrade_appends_its_revisions_to_the_stored_history_and_the_province_adds_its_month()
    {
        var before = Written.Answers[$"history {QuynhNhai}"].Deserialize<ReportRevision[]>()!;
        var monthly = Written.Answers[$"monthly {QuynhNhai}"].Deserialize<MonthlyValueInfo[]>()!;
        var lastMonth = monthly.Max(v => v.Month)!;
        var last = monthly.Where(v => v.Month == lastMonth).ToDictionary(v => v.Indicator, v => v.Value);
        // The last month's figures again a month later, the managed persons' balance carried on.
        var figures = new Dictionary<string, long>(last)
        {
            [IndicatorCodes.ManagedPersonsCurrent] = last[IndicatorCodes.ManagedPersonsCurrent] + last[IndicatorCodes.ManagedPersonsAdded] - last[IndicatorCodes.ManagedPersonsReleased],
        };
        var next = DateOnly.ParseExact(lastMonth + "-01", "yyyy-MM-dd").AddMonths(1).ToString("yyyy-MM");

        var recorded = await Indicators(QuynhNhai).RecordReportAsync(ReporterOf(before[^1]),
            new ReportInput(next, [.. figures.Select(f => new IndicatorInput(f.Key, f.Value))], Note: "Báo cáo sau nâng cấp."));
        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors.Select(e => e.Message)));
        await _cluster.RestartAsync();

        var added = recorded.Value!.Changes;
        Assert.Equal(
            figures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (before[^1].Version + 1, next, f.Key, (long?)null, f.Value)),
            added.Select(r => (r.Version, r.Period, r.Indicator, r.OldValue, r.NewValue)));
        var history = await Indicators(QuynhNhai).GetHistoryAsync();
        Assert.Equal([.. before, .. added], history);
        var receipts = await FirstReceiptsAsync(QuynhNhai);
        Assert.True(receipts.Remove(next), $"No first receipt of {next}.");
        Assert.Equal(Written.Answers[$"first receipts {QuynhNhai}"]!.ToJsonString(), JsonSerializer.SerializeToNode(receipts)!.ToJsonString());
        var province = Written.Answers[$"monthly {Province}"].Deserialize<MonthlyValueInfo[]>()!;
        Assert.DoesNotContain(province, v => v.Month == next);
        Assert.Equal(
            Sorted([.. province, .. figures.Select(f => new MonthlyValueInfo(next, f.Key, f.Value))]),
            Sorted(await Indicators(Province).GetMonthlyValuesAsync()));
    }

    /// <summary>History, the values of each year, the monthly values and the first receipts of <paramref name="unit"/> as c558fcb answered them.</summary>
    private async Task AssertAnsweredAsBeforeAsync(string unit)
    {
        await Written.AssertAnsweredAsBeforeAsync($"history {unit}", Indicators(unit).GetHistoryAsync());
        await AssertValuesAsBeforeAsync(unit);
        await Written.AssertAnsweredAsBeforeAsync($"first receipts {unit}", FirstReceiptsAsync(unit));
    }

    private async Task AssertValuesAsBeforeAsync(string unit)
    {
        foreach (var year in Years)
        {
            await Written.AssertAnsweredAsBeforeAsync($"values {unit} {year}", Indicators(unit).GetValuesAsync(year, []));
        }

        await Written.AssertAnsweredAsBeforeAsync($"monthly {unit}", MonthlyAsync(unit));
    }

    /// <summary>
    /// The province's months are what c558fcb answered plus, once, the effect of the pending commune's last change (its last
    /// version's revisions), and nothing else; its values of each year are what c558fcb answered once that change reached it.
    /// </summary>
    private async Task AssertPendingChangeAppliedOnceAsync()
    {
        var history = Written.Answers[$"history {Pending}"].Deserialize<ReportRevision[]>()!;
        var pending = history.Where(r => r.Version == history[^1].Version).ToArray();
        Assert.All(pending, r => Assert.Equal(Written.Answers["pending report"].Deserialize<ReportInput>()!.Period, r.Period));
        var expected = Written.Answers[$"monthly {Province}"].Deserialize<MonthlyValueInfo[]>()!.ToDictionary(v => (v.Month, v.Indicator), v => v.Value);
        foreach (var revision in pending)
        {
            expected[(revision.Period, revision.Indicator)] = expected.GetValueOrDefault((revision.Period, revision.Indicator)) + revision.NewValue - (revision.OldValue ?? 0);
        }

        Assert.Equal(Sorted([.. expected.Select(kv => new MonthlyValueInfo(kv.Key.Month, kv.Key.Indicator, kv.Value))]), await MonthlyAsync(Province));
        foreach (var year in Years)
        {
            await Written.AssertAnsweredAsBeforeAsync($"values {Province} {year}{AfterThePendingChange}", Indicators(Province).GetValuesAsync(year, []));
        }
    }

    /// <summary>The committee that sent a stored revision's report, as the keyed report is scoped to its caller.</summary>
    private static Caller ReporterOf(ReportRevision revision) =>
        new(revision.ActorId, revision.ActorName, [Roles.CommuneCommittee], "14", null, QuynhNhai.Split(':')[1]);

    private async Task<MonthlyValueInfo[]> MonthlyAsync(string unit) => Sorted(await Indicators(unit).GetMonthlyValuesAsync());

    private static MonthlyValueInfo[] Sorted(IEnumerable<MonthlyValueInfo> values) =>
        [.. values.OrderBy(v => v.Month, StringComparer.Ordinal).ThenBy(v => v.Indicator, StringComparer.Ordinal)];

    /// <summary>Receipts by month, in month order, as the fixture holds them.</summary>
    private async Task<SortedDictionary<string, DateTimeOffset>> FirstReceiptsAsync(string unit) =>
        new(new Dictionary<string, DateTimeOffset>(await Indicators(unit).GetFirstReceiptsAsync()), StringComparer.Ordinal);

    private async Task<List<TableEntity>> RetryRemindersAsync() =>
        [.. (await WrittenState.ReminderRowsAsync(_cluster)).Where(r => r.GetString("ReminderName") == "flush-outbox")];
}
