using System.Collections.Frozen;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.DemoData;

/// <summary>
/// A year of Sơn La's drug track on the two-level list, invented like the rest of the demo: a plan of 2025 designates Xã
/// Mường Chiên (03688; drugs and social order) and Xã Mường Sại (03712; drugs) under a "3 of 4" group of criteria in the
/// manner of Decision 28/2025/QĐ-TTg. Mường Chiên's committee proposes its removal, the provincial police endorse it, and
/// the province's year-end decision removes it, continues Mường Sại and designates Xã Mường Giôn (03694) for 2026. Under
/// monitoring, Mường Chiên's figures turn in September 2026 (a drug-use venue again, more drug users), so the province
/// sees it flagged.
/// </summary>
public static class DrugTrackDemo
{
    public const string ProvinceCode = ReferenceCase.ProvinceCode;
    public const int PlanYear = 2025;
    public const ProgrammeTrack Track = ProgrammeTrack.Drugs;

    public const string DecisionNumber = "48/QĐ-UBND";
    public const string DecisionDate = "2025-08-20";

    /// <summary>The commune whose removal is proposed and decided, then monitored.</summary>
    public const string RemovedCommune = "03688";

    /// <summary>The commune that did not achieve it and continues in 2026.</summary>
    public const string ContinuingCommune = "03712";

    /// <summary>The commune the year-end decision newly designates for 2026.</summary>
    public const string NewCommune = "03694";

    public const int MonitoringMonths = 12;

    /// <summary>Each designated commune with its types: one commune may be of several.</summary>
    public static IReadOnlyList<(string CommuneCode, IReadOnlyList<DesignationKind> Types)> Designations { get; } =
    [
        (RemovedCommune, [DesignationKind.SocialOrder, DesignationKind.Drugs]),
        (ContinuingCommune, [DesignationKind.Drugs]),
    ];

    /// <summary>At least 3 of the 4 hold: drug users at most 0.5% of the population, no drug-use venue, drug offenders arrested at most 0.1% of it, at least 4 safe residential areas.</summary>
    public static IReadOnlyList<RemovalCriterionDraft> Criteria { get; } =
    [
        new(null, RemovalCriterionKind.AtLeastOf, 3)
        {
            Members =
            [
                new(DrugUsers, RemovalCriterionKind.PerPopulationAtMost, 0.005m),
                new(DrugUseVenues, RemovalCriterionKind.AtMost, 0),
                new(DrugOffendersArrested, RemovalCriterionKind.PerPopulationAtMost, 0.001m),
                new(SafeResidentialAreas, RemovalCriterionKind.AtLeast, 4),
            ],
        },
    ];

    public static ConversionPlan Plan { get; } = ConversionPlanRules.Create(IndicatorCatalog.Standard, new ConversionPlanDraft(
        ProvinceCode, PlanYear, DecisionNumber, DecisionDate, [.. Designations.Select(d => d.CommuneCode)], Criteria)).Value;

    public const string ProposalLetterNumber = "30/TTr-BCĐ";

    public static ReviewConference Conference { get; } = new(
        new DateOnly(2025, 11, 20),
        "Chủ tịch UBND xã Mường Chiên, Trưởng ban chỉ đạo (minh họa)",
        Attendance: 42,
        Summary: "Số liệu minh họa. Hội nghị tổng kết công tác chuyển hóa địa bàn trọng điểm về ma túy xã Mường Chiên năm 2025.");

    public const string Assessment =
        "Số liệu minh họa. Xã Mường Chiên không còn tụ điểm ma túy từ tháng 9/2025; số người sử dụng trái phép chất ma túy giảm "
        + "còn dưới 0,5% dân số; đề nghị đưa xã ra khỏi danh sách địa bàn trọng điểm về ma túy năm 2025.";

    /// <summary>The province's decision closing the drug track's 2025 (invented).</summary>
    public static YearEndDecisionDraft YearEndDecision { get; } = new(
        PlanYear, Track, "05/QĐ-UBND", "2026-01-12", "Phó Chủ tịch UBND tỉnh (minh họa)", null,
        [RemovedCommune], [ContinuingCommune], [new DesignationDraft(NewCommune, [DesignationKind.Drugs])]);

    /// <summary>The designated communes' reports of 2025, August to October, before the year-end conference.</summary>
    public static IReadOnlyList<DemoCommune> Year2025 { get; } =
    [
        Build(RemovedCommune, TwoLevelDemo.Months(2025, 8, 3), population: 9_800, users: i => 58 - (3 * i), venues: i => i == 0 ? 1 : 0, safeAreas: 5),
        Build(ContinuingCommune, TwoLevelDemo.Months(2025, 8, 3), population: 7_200, users: i => 74 - i, venues: _ => 2, safeAreas: 2),
    ];

    /// <summary>
    /// The reports of 2026 to October: the removed commune's under monitoring, whose figures turn in September, and the
    /// communes of the plan the decision drafted.
    /// </summary>
    public static IReadOnlyList<DemoCommune> Year2026 { get; } =
    [
        Build(RemovedCommune, TwoLevelDemo.Months(2026, 2, 9), population: 9_850, users: i => i < 7 ? 44 - i : 55, venues: i => i < 7 ? 0 : 1, safeAreas: 5),
        Build(ContinuingCommune, TwoLevelDemo.Months(2026, 1, 10), population: 7_250, users: i => 69 - i, venues: i => i < 6 ? 1 : 0, safeAreas: 3),
        Build(NewCommune, TwoLevelDemo.Months(2026, 1, 10), population: 6_400, users: i => 52 + (i % 3), venues: _ => 2, safeAreas: 1),
    ];

    private static DemoCommune Build(string communeCode, Period[] months, long population, Func<int, long> users, Func<int, long> venues, long safeAreas) =>
        new(ProvinceCode, null, communeCode, IsDemo: true, [.. months.Select((month, i) => new IndicatorReport(month, new Dictionary<string, long>
        {
            [Population] = population,
            [DrugUsers] = users(i),
            [DrugUseVenues] = venues(i),
            [DrugOffendersArrested] = i % 4 == 0 ? 1 : 0,
            [CompulsoryRehabPersons] = i % 5 == 0 ? 1 : 0,
            [SafeResidentialAreas] = safeAreas,
        }.ToFrozenDictionary(StringComparer.Ordinal), Note: TwoLevelDemo.Note))]);
}
