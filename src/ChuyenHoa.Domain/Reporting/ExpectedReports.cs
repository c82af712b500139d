using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Reporting;

/// <summary>
/// Which monthly reports a province expects: one per month of a plan year from each commune the plan designates, for the months
/// it is designated (a successor from the day the designation passed to it, a removed commune until its removal) and its
/// edition is in force (a three-level commune until June 2025, a two-level one from July 2025). A removed commune under
/// monitoring may keep reporting, but its reports are no longer expected.
/// </summary>
public static class ExpectedReports
{
    /// <param name="planYear">The plan's year: only its months are expected.</param>
    /// <param name="edition">The edition of the commune's code.</param>
    /// <param name="designatedFrom">The first day the designation holds; null from the start of the year.</param>
    /// <param name="removedFrom">The day the commune left the list; null while it stays. A month that began before it is expected.</param>
    public static IReadOnlyList<Period> MonthsOf(int planYear, DivisionEdition edition, DateOnly? designatedFrom, DateOnly? removedFrom) =>
        [.. Period.ForYear(planYear).Months.Where(month =>
        {
            var first = new DateOnly(month.Year, month.FirstMonth, 1);
            var last = first.AddMonths(1).AddDays(-1);
            return edition.IsInForceOn(first)
                && (designatedFrom is not { } from || from <= last)
                && (removedFrom is not { } removed || first < removed);
        })];
}
