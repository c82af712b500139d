using System.Collections.Frozen;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.DemoData;

/// <summary>
/// The demo of today's structure: Sơn La on the two-level list from 1 July 2025, with its 2023 history intact. A demo plan
/// of 2026 designates Xã Quỳnh Nhai (03703, formed from old 03700, 03703, 03706 and Chiềng Khoang 03718) and the communes
/// that took in the other communes of the 2023 plan; they report every month from 2025-07 to 2026-10, and Quỳnh Nhai's
/// commune committee has proposed its removal, waiting for the provincial police's review. Quỳnh Nhai's four predecessors,
/// designated by a plan of 2025 on the old list, reported from 2024-01 to 2025-06, so its figures compare with theirs across
/// the cut-over. Every figure here is invented, and every report and plan says so.
/// </summary>
public static class TwoLevelDemo
{
    public const string ProvinceCode = ReferenceCase.ProvinceCode;
    public const int PlanYear = 2026;

    /// <summary>Xã Quỳnh Nhai on the two-level list.</summary>
    public const string CommuneCode = "03703";

    public const string DecisionNumber = "15/QĐ-UBND";
    public const string DecisionDate = "2026-01-15";

    /// <summary>The plan's issuer, marked so nobody takes the demo plan for a real decision.</summary>
    public const string PlanIssuedBy = "UBND tỉnh Sơn La (kế hoạch minh họa, không phải quyết định thật)";

    /// <summary>The number of the commune committee's letter proposing the removal (invented, like everything here).</summary>
    public const string ProposalLetterNumber = "21/TTr-BCĐ";

    public const string CommuneAssessment =
        "Số liệu minh họa. Sau sắp xếp đơn vị hành chính, Ban Chỉ đạo 138 xã Quỳnh Nhai tiếp tục thực hiện kế hoạch chuyển hóa "
        + "trên địa bàn bốn đơn vị cũ nhập vào (Chiềng Ơn, Mường Giàng, Chiềng Bằng, Chiềng Khoang): số vụ phạm pháp hình sự giảm so với "
        + "cùng kỳ, camera an ninh và các tổ tự quản được duy trì. Ban Chỉ đạo xã đề nghị đưa xã ra khỏi danh sách địa bàn trọng điểm, "
        + "phức tạp về an ninh trật tự năm 2026.";

    public static DivisionEdition Edition => DivisionEdition.TwoLevel2025;

    /// <summary>The communes the demo plan designates: Quỳnh Nhai, and the successors of the 2023 plan's other communes.</summary>
    public static IReadOnlyList<string> DesignatedCommunes { get; } = [CommuneCode, "03721", "03808", "04186"];

    /// <summary>The designated communes' reports, 2025-07 to 2026-10, filed by their commune committees.</summary>
    public static IReadOnlyList<DemoCommune> Communes { get; } =
        [.. DesignatedCommunes.Select((code, i) => Build(null, code, Months(2025, 7, 16), camerasFrom: 150 + (i * 20)))];

    /// <summary>Quỳnh Nhai's predecessors' reports on the old list, 2024-01 to 2025-06, filed by the district of Quỳnh Nhai.</summary>
    public static IReadOnlyList<DemoCommune> QuynhNhaiPredecessors { get; } =
        [.. new[] { "03700", "03703", "03706", "03718" }.Select((code, i) => Build(ReferenceCase.DistrictCode, code, Months(2024, 1, 18), camerasFrom: 40 + (i * 15)))];

    /// <summary>Chiềng Hắc (old 04012), split on 1 July 2025 between Phường Mộc Châu (03980) and Xã Chiềng Hặc (04078).</summary>
    public const string SplitCommuneCode = "04012";

    /// <summary>
    /// The plan of the year across the cut-over, adopted on the three-level list: it designates Quỳnh Nhai's four
    /// predecessors, so that they report through 2025-06 and the new commune's figures have a history to compare with, and
    /// Chiềng Hắc, whose designation passes in part to two new communes for the province to confirm.
    /// </summary>
    public static ConversionPlan StraddlingPlan { get; } = ConversionPlanRules.Create(IndicatorCatalog.Standard, new ConversionPlanDraft(
        ProvinceCode, 2025, "12/QĐ-UBND", "2025-02-20", [.. QuynhNhaiPredecessors.Select(c => c.CommuneCode), SplitCommuneCode], Criteria)).Value;

    public static ConversionPlan Plan { get; } = ConversionPlanRules.Create(IndicatorCatalog.Standard, new ConversionPlanDraft(
        ProvinceCode, PlanYear, DecisionNumber, DecisionDate, DesignatedCommunes, Criteria)).Value;

    /// <summary>The demo plans' criteria: those of plan 314/QĐ-UBND.</summary>
    private static IReadOnlyList<RemovalCriterionDraft> Criteria =>
        [.. ReferenceCase.Plan.RemovalCriteria.Select(c => new RemovalCriterionDraft(c.Indicator?.Code, c.Kind, c.Threshold))];

    /// <summary>Quỳnh Nhai's year-end conference of the demo (figures through October, as in 2023).</summary>
    public static ReviewConference Conference { get; } = new(
        new DateOnly(2026, 11, 18),
        "Chủ tịch UBND xã Quỳnh Nhai, Trưởng ban chỉ đạo (minh họa)",
        Attendance: 61,
        Summary: "Số liệu minh họa. Hội nghị tổng kết công tác chuyển hóa địa bàn xã Quỳnh Nhai năm 2026; thành phần gồm Ban Chỉ đạo 138 xã, "
            + "Công an xã, các tổ công tác và trưởng bản.");

    /// <summary><paramref name="count"/> months from <paramref name="year"/>-<paramref name="month"/> on.</summary>
    internal static Period[] Months(int year, int month, int count) =>
        [.. Enumerable.Range(month - 1, count).Select(i => Period.ForMonth(year + (i / 12), (i % 12) + 1))];

    /// <summary>
    /// Figures that look like a commune's: cases falling slowly with some month-to-month noise, cameras rising, teams steady;
    /// the managed persons' level moves only by the month's added and released, so every report keeps the balance.
    /// </summary>
    private static DemoCommune Build(string? districtCode, string communeCode, Period[] months, long camerasFrom)
    {
        var seed = int.Parse(communeCode, System.Globalization.CultureInfo.InvariantCulture) % 7;
        // Chiềng Khoang goes on from its last report of the reference case (October 2023), as the balance check expects.
        var managed = districtCode is not null && communeCode == ReferenceCase.CommuneCode
            ? ReferenceCase.ChiengKhoang.MonthlyReports[^1].Values[ManagedPersonsCurrent]
            : 30L + seed;
        var reports = months.Select((month, i) =>
        {
            var added = 1L + ((seed + i) % 3);
            var released = 1L + ((seed + (2 * i)) % 3);
            managed += added - released;
            var cases = Math.Max(0, 4 - (i / 5) + ((seed + (i * 5)) % 3) - 1);
            return new IndicatorReport(month, new Dictionary<string, long>
            {
                [CriminalCases] = cases,
                [CrimeReportsTransferred] = cases + (i % 2),
                [LegalEducationSessions] = 1 + ((seed + i) % 3),
                [DenunciationHouseholds] = 80 + ((seed + (i * 13)) % 40),
                [SecurityCameras] = camerasFrom + (3 * i),
                [SelfGoverningGroups] = 12 + (seed % 4),
                [PeoplesSecurityTeams] = 8 + (seed % 3),
                [MediationTeams] = 8 + (seed % 3),
                [ManagedPersonsAdded] = added,
                [ManagedPersonsReleased] = released,
                [ManagedPersonsCurrent] = managed,
            }.ToFrozenDictionary(StringComparer.Ordinal), Note: Note);
        }).ToArray();
        return new DemoCommune(ProvinceCode, districtCode, communeCode, IsDemo: true, reports);
    }

    /// <summary>The note on every report of the demo.</summary>
    public const string Note = "Số liệu minh họa (demo), không phải số liệu thật.";
}
