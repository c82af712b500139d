using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Plans;
using ChuyenHoa.Security;

namespace ChuyenHoa;

/// <summary>
/// Loads the two-level demo (<see cref="TwoLevelDemo"/>) into a running cluster through the same grain calls people make,
/// once Sơn La is onboarded on both lists: the plan of 2025 and the predecessors' reports on the old list, the plan of 2026,
/// the commune committees' reports, and Quỳnh Nhai's proposal with its letter and minutes. Every step is idempotent, so loading twice changes nothing.
/// </summary>
public static class TwoLevelDemoLoader
{
    public const string ProposalKey = "demo-two-level-proposal";

    public static Caller CommuneCommittee(string communeCode) =>
        new($"demo-commune-{communeCode}", $"Ban Chỉ đạo 138 xã (mã {communeCode})", [Roles.CommuneCommittee], TwoLevelDemo.ProvinceCode, null, communeCode);

    /// <returns>The id of Quỳnh Nhai's proposal.</returns>
    public static async Task<Guid> LoadAsync(IGrainFactory grains)
    {
        await CreatePlanAsync(grains, TwoLevelDemo.StraddlingPlan);
        await RecordAsync(grains, TwoLevelDemo.QuynhNhaiPredecessors, c => (c.CommuneCode, ReferenceCaseLoader.DistrictCommittee(c.DistrictCode!)));
        await CreatePlanAsync(grains, TwoLevelDemo.Plan);
        await RecordAsync(grains, TwoLevelDemo.Communes, ReportedByItsCommittee);

        var conference = TwoLevelDemo.Conference;
        var proposal = await grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(CommuneCommittee(TwoLevelDemo.CommuneCode), TwoLevelDemo.PlanYear, new ProposalInput(
            TwoLevelDemo.CommuneCode, conference.Date.ToString("yyyy-MM-dd"), conference.Chair, conference.Attendance, conference.Summary,
            TwoLevelDemo.CommuneAssessment,
            ProposalEvidence.LetterAndMinutes(TwoLevelDemo.CommuneCode, conference.Date.ToString("yyyy-MM-dd"), TwoLevelDemo.ProposalLetterNumber,
                ("bien-ban-hoi-nghi-tong-ket-quynh-nhai-2026.txt", $"Biên bản hội nghị tổng kết (minh họa)\n\n{conference.Summary}"))),
            ProposalKey);
        return ReferenceCaseLoader.EnsureSucceeded(proposal, "đề xuất minh họa của xã Quỳnh Nhai").Id;
    }

    private static Task CreatePlanAsync(IGrainFactory grains, ConversionPlan plan) =>
        ReferenceCaseLoader.CreatePlanAsync(grains, plan, TwoLevelDemo.PlanIssuedBy, $"demo-plan-{plan.Year}", $"kế hoạch minh họa năm {plan.Year}");

    /// <summary>A commune of the two-level list reports through its own committee.</summary>
    internal static (string GrainKey, Caller Reporter) ReportedByItsCommittee(DemoCommune commune) =>
        (new UnitKey(TwoLevelDemo.Edition, commune.CommuneCode).StorageKey, CommuneCommittee(commune.CommuneCode));

    /// <summary>Each commune's reports, in month order, filed by the committee that reports for it; communes in parallel.</summary>
    internal static Task RecordAsync(IGrainFactory grains, IReadOnlyList<DemoCommune> communes, Func<DemoCommune, (string GrainKey, Caller Reporter)> reporting) =>
        Task.WhenAll(communes.Select(async commune =>
        {
            var (key, reporter) = reporting(commune);
            var indicators = grains.GetGrain<IUnitIndicatorsGrain>(key);
            foreach (var report in commune.MonthlyReports)
            {
                ReferenceCaseLoader.EnsureSucceeded(
                    await indicators.RecordReportAsync(reporter, ReferenceCaseLoader.ToInput(report)), $"báo cáo minh họa {report.Month} của xã {commune.CommuneCode}");
            }
        }));
}
