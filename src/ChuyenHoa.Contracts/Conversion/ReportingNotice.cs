using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Security;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>What a commune's committee is told about its own monthly report: due soon, or overdue.</summary>
/// <param name="ProvinceCode">The province.</param>
/// <param name="CommuneCode">The commune that owes the report.</param>
/// <param name="EditionId">The edition of its code.</param>
/// <param name="CommuneName">The commune's full name.</param>
/// <param name="DistrictCode">Its district in the three-level structure (whose committee reports for it); null in the two-level one.</param>
/// <param name="Month">The month of the report.</param>
/// <param name="Kind">Due soon or overdue.</param>
/// <param name="DueDate">The day it is due, <c>yyyy-MM-dd</c>.</param>
/// <param name="At">When the notice was made (UTC).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportingNotice")]
public sealed record ReportingNotice(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string CommuneCode,
    [property: Id(2)] string EditionId,
    [property: Id(3)] string CommuneName,
    [property: Id(4)] string? DistrictCode,
    [property: Id(5)] string Month,
    [property: Id(6)] ReportingNoticeKind Kind,
    [property: Id(7)] string DueDate,
    [property: Id(8)] DateTimeOffset At)
{
    /// <summary>Whether <paramref name="scope"/> reads the commune the notice is about, by the rule of any read of it (<see cref="UnitInfo.IsReadableBy"/>).</summary>
    public bool IsReadableBy(CallerScope scope) =>
        new UnitInfo(CommuneCode, CommuneName, "", UnitLevel.Commune, DistrictCode ?? ProvinceCode, ProvinceCode, EditionId, []).IsReadableBy(scope);
}

/// <summary>Why a commune is told about its report.</summary>
public enum ReportingNoticeKind
{
    /// <summary>The report is due within <see cref="IReportingDeadlinesGrain.DueSoonDays"/> days and has not arrived.</summary>
    DueSoon,

    /// <summary>The due day has ended and the report has not arrived.</summary>
    Overdue,
}
