using Orleans.Concurrency;
using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// A province's reporting deadlines, keyed by province code: its schedule, where its designated communes' monthly reports
/// stand, and a reminder that checks every <see cref="CheckEvery"/> which reports became due soon or overdue and tells the
/// observers once per report.
/// </summary>
[Alias("ChuyenHoa.IReportingDeadlinesGrain")]
public interface IReportingDeadlinesGrain : IGrainWithStringKey
{
    /// <summary>The name of the reminder that runs <see cref="CheckDeadlinesAsync"/>.</summary>
    const string ReminderName = "deadline-check";

    /// <summary>How many days before its due day a missing report is announced as due soon.</summary>
    const int DueSoonDays = 3;

    /// <summary>How often the reminder checks: a deadline passes at midnight Vietnam time and is announced within this.</summary>
    static TimeSpan CheckEvery => TimeSpan.FromHours(1);

    /// <summary>How long a subscription lasts unless renewed.</summary>
    static TimeSpan SubscriptionLifetime => TimeSpan.FromMinutes(5);

    /// <summary>The province's schedule, or the default one while it has set none.</summary>
    [Alias("GetSchedule"), AlwaysInterleave]
    Task<ReportingScheduleInfo> GetScheduleAsync();

    /// <summary>
    /// Sets the province's schedule; it applies to every month, past ones included. Only the province's committee may:
    /// FORBIDDEN otherwise; VALIDATION_FAILED for a due day outside 1–28. Changes nothing when refused.
    /// </summary>
    [Alias("SetSchedule")]
    Task<Outcome<ReportingScheduleInfo>> SetScheduleAsync(Caller caller, int dueDay, bool policeMonth);

    /// <summary>
    /// Where the reports of the unit's designated communes stand for the months of <paramref name="period"/>, now. The unit
    /// (keyed by its storage key) must be of this province and the caller must read it, else NOT_FOUND; rows are the
    /// communes the caller reads. VALIDATION_FAILED for a period that is not one.
    /// </summary>
    [Alias("GetStatus"), AlwaysInterleave]
    Task<Outcome<ReportingStatusInfo>> GetStatusAsync(Caller caller, string unitStorageKey, string period);

    /// <summary>
    /// What the reminder runs: announces each missing report of the current and the previous plan year that became due soon
    /// or overdue since the last check, once; returns what it announced. Safe to call again at any time.
    /// </summary>
    [Alias("CheckDeadlines")]
    Task<IReadOnlyList<ReportingNotice>> CheckDeadlinesAsync();

    /// <summary>
    /// The reports of the unit's communes (those the caller reads) that are due soon or overdue now, as notices, announcing
    /// nothing: what a subscriber joining now has missed. Empty for a unit the caller may not read.
    /// </summary>
    [Alias("GetCurrentNotices"), AlwaysInterleave]
    Task<IReadOnlyList<ReportingNotice>> GetCurrentNoticesAsync(Caller caller, string unitStorageKey);

    /// <summary>Registers the reminder unless it is registered; called when the province gets a plan.</summary>
    [Alias("EnsureWatched")]
    Task EnsureWatchedAsync();

    /// <summary>Tells the observer of every notice from now on, for <see cref="SubscriptionLifetime"/>.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IReportingObserver observer);

    /// <summary>Stops telling the observer.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IReportingObserver observer);
}
