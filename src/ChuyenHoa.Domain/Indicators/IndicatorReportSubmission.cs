namespace ChuyenHoa.Indicators;

/// <summary>
/// A commune's monthly report as submitted, with what the check needs to know: the plan year, and
/// the commune's latest <c>managed_persons_current</c> before this month (null when this report
/// opens the balance). <paramref name="OverrideStockFlow"/> with a <paramref name="Note"/> accepts
/// figures that break the managed-persons balance.
/// </summary>
public sealed record IndicatorReportSubmission(
    string Period,
    IReadOnlyList<IndicatorEntry> Values,
    int PlanYear,
    long? PreviousManagedPersonsCurrent,
    bool OverrideStockFlow = false,
    string? Note = null);
