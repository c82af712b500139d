using ChuyenHoa.Errors;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Reporting;

/// <summary>
/// When a province wants its communes' monthly reports (thời hạn báo cáo): by <see cref="DueDay"/>, the first such day after
/// the month's statistics close. The statistics of a month close at its end, or, for a province that follows the police's
/// statistical month (<see cref="PoliceMonth"/>), on its 14th: the police month M runs from the 15th of M−1 to the 14th of M.
/// A report is on time when it first arrives before the due day ends at midnight Vietnam time (<see cref="VietnamTime"/>).
/// </summary>
public sealed record ReportingSchedule(int DueDay = ReportingSchedule.DefaultDueDay, bool PoliceMonth = false)
{
    /// <summary>The 5th of the next month, as districts set for the communes' self-scoring (DOMAIN.md: "due by 5 Dec").</summary>
    public const int DefaultDueDay = 5;

    /// <summary>The last day a province may choose: every month has it, so a due day never falls off a short month.</summary>
    public const int LatestDueDay = 28;

    public static ReportingSchedule Default { get; } = new();

    /// <summary>Refuses a due day outside 1–<see cref="LatestDueDay"/>; null when the schedule is fine.</summary>
    public static DomainError? Refusal(int dueDay) =>
        dueDay is < 1 or > LatestDueDay
            ? DomainError.Validation($"Hạn báo cáo phải là một ngày từ 1 đến {LatestDueDay} (ngày {dueDay} không có ở mọi tháng hoặc không hợp lệ).", "dueDay")
            : null;

    /// <summary>The first and last day whose events a month's report counts.</summary>
    public (DateOnly First, DateOnly Last) WindowOf(Period month)
    {
        var start = new DateOnly(Month(month).Year, month.FirstMonth, 1);
        return PoliceMonth ? (start.AddMonths(-1).AddDays(14), start.AddDays(13)) : (start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>The day a month's report is due: the first <see cref="DueDay"/> after its window closes.</summary>
    public DateOnly DueDateOf(Period month)
    {
        var last = WindowOf(month).Last;
        var sameMonth = new DateOnly(last.Year, last.Month, DueDay);
        return sameMonth > last ? sameMonth : sameMonth.AddMonths(1);
    }

    /// <summary>The instant a month's report becomes late: the end of its due day in Vietnam.</summary>
    public DateTimeOffset DeadlineOf(Period month) => VietnamTime.EndOf(DueDateOf(month));

    /// <summary>
    /// Where a month's report stands at <paramref name="now"/>, given when it was first received (null: not yet): the first
    /// arrival decides, so a later correction never makes an on-time report late.
    /// </summary>
    public ReportState StateOf(Period month, DateTimeOffset? firstReceived, DateTimeOffset now)
    {
        var deadline = DeadlineOf(month);
        return firstReceived is { } received ? (received < deadline ? ReportState.OnTime : ReportState.Late)
            : now < deadline ? ReportState.NotYetDue
            : ReportState.Overdue;
    }

    private static Period Month(Period period) =>
        period.Kind == PeriodKind.Month ? period : throw new ArgumentException($"{period} is not a month.", nameof(period));
}
