using Orleans.Concurrency;
using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// The indicators of one unit (any level), keyed by GSO code. A commune holds its reports; a district or
/// province holds the live totals of its children, pushed up on every accepted change.
/// </summary>
[Alias("ChuyenHoa.IUnitIndicatorsGrain")]
public interface IUnitIndicatorsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates and records a commune's monthly report, then pushes the change to the district and province.
    /// The commune must be named in a plan of the report's year or a later one. A retry by the same caller for the same
    /// month with the same <paramref name="idempotencyKey"/> gets the first answer and changes nothing.
    /// </summary>
    [Alias("RecordReport")]
    Task<Outcome<ReportReceipt>> RecordReportAsync(Caller caller, ReportInput report, string? idempotencyKey = null);

    /// <summary>
    /// Several months of one commune at once (a backlog, a migration): each month is checked as by
    /// <see cref="RecordReportAsync"/>, earliest first, and all are recorded as one change, or none is.
    /// </summary>
    [Alias("RecordReports")]
    Task<Outcome<IReadOnlyList<ReportReceipt>>> RecordReportsAsync(Caller caller, IReadOnlyList<ReportInput> reports);

    /// <summary>
    /// What <see cref="RecordReportsAsync"/> would do with the same reports, month by month, without writing anything: the same
    /// scope check (a refusal of the whole batch is the outcome's error), the same checks of each month in the same order, and
    /// each month's changes or errors. A dry run: the state may change before the reports are recorded.
    /// </summary>
    [Alias("PreviewReports")]
    Task<Outcome<IReadOnlyList<ReportPreview>>> PreviewReportsAsync(Caller caller, IReadOnlyList<ReportInput> reports);

    /// <summary>
    /// The months of <paramref name="months"/> (each <c>yyyy-MM</c>) the caller may report for this commune (a plan names the
    /// commune for the month's year or a later one, or monitors it that year), with what is stored for each; the scope is
    /// checked as for <see cref="RecordReportsAsync"/>.
    /// </summary>
    [Alias("GetReportableMonths")]
    Task<Outcome<IReadOnlyList<ReportableMonth>>> GetReportableMonthsAsync(Caller caller, IReadOnlyList<string> months);

    /// <summary>
    /// Applies a child's change once (by version) and passes the effect on to this unit's parent; returns once the change is
    /// stored. Calls from many children interleave, so that a burst of them is stored in one write.
    /// </summary>
    [Alias("ApplyChildChange"), AlwaysInterleave]
    Task ApplyChildChangeAsync(UnitChange change);

    /// <summary>The values of the given indicators (all when empty) for a period: month, quarter or year.</summary>
    [Alias("GetValues"), AlwaysInterleave]
    Task<IReadOnlyList<IndicatorValueInfo>> GetValuesAsync(string period, IReadOnlyList<string> indicators);

    /// <summary>
    /// Every month's values the unit holds, in no particular order: what a unit of a later edition derives its values before
    /// that edition from (<see cref="ChuyenHoa.Indicators.EditionContinuity"/>), and its own months beside them.
    /// </summary>
    [Alias("GetMonthlyValues"), AlwaysInterleave]
    Task<IReadOnlyList<MonthlyValueInfo>> GetMonthlyValuesAsync();

    /// <summary>
    /// The months' values of the given indicators only (all when empty), in no particular order: a two-level overview asks four
    /// indicators of each commune, so it neither copies nor reads the others.
    /// </summary>
    [Alias("GetMonthlyValuesOf"), AlwaysInterleave]
    Task<IReadOnlyList<MonthlyValueInfo>> GetMonthlyValuesOfAsync(IReadOnlyList<string> indicators);

    /// <summary>Every accepted change of the commune's reports, oldest first.</summary>
    [Alias("GetHistory"), AlwaysInterleave]
    Task<IReadOnlyList<ReportRevision>> GetHistoryAsync();

    /// <summary>
    /// When each month's report of the commune first arrived (month "2026-11" → UTC time), which decides whether it was on
    /// time; corrections since do not move it. Empty for a district or province.
    /// </summary>
    [Alias("GetFirstReceipts"), AlwaysInterleave]
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetFirstReceiptsAsync();

    /// <summary>Pushes any change not yet acknowledged by the parent (after a failure); returns how many are left.</summary>
    [Alias("FlushOutbox")]
    Task<int> FlushOutboxAsync();
}
