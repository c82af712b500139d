using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa;

/// <summary>
/// Loads a year of the drug track (<see cref="DrugTrackDemo"/>) through the same grain calls people make: the plan of 2025 with
/// its types, the reports of 2025, Mường Chiên's proposal and the police's endorsement, the year-end decision (which drafts 2026)
/// and the reports of 2026. Every step is idempotent, so loading twice changes nothing.
/// </summary>
public static class DrugTrackDemoLoader
{
    public const string ProposalKey = "demo-drug-track-proposal";
    public const string DecisionKey = "demo-drug-track-year-end-2025";

    public static Caller ProvincePolice { get; } =
        new("demo-police-14", "Công an tỉnh Sơn La (minh họa)", [Roles.ProvincePolice], DrugTrackDemo.ProvinceCode, null);

    /// <returns>The drug track's plan of 2025, decided.</returns>
    public static async Task<PlanInfo> LoadAsync(IGrainFactory grains)
    {
        var plan = DrugTrackDemo.Plan;
        await ReferenceCaseLoader.CreatePlanAsync(grains, plan, TwoLevelDemo.PlanIssuedBy, $"demo-drug-plan-{plan.Year}", $"kế hoạch minh họa về ma túy năm {plan.Year}",
            DrugTrackDemo.Track, [.. DrugTrackDemo.Designations.Select(d => new DesignationTypesInput(d.CommuneCode, d.Types))], DrugTrackDemo.MonitoringMonths);
        await TwoLevelDemoLoader.RecordAsync(grains, DrugTrackDemo.Year2025, TwoLevelDemoLoader.ReportedByItsCommittee);

        var conference = DrugTrackDemo.Conference;
        var date = conference.Date.ToString("yyyy-MM-dd");
        var proposal = ReferenceCaseLoader.EnsureSucceeded(await grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(
            TwoLevelDemoLoader.CommuneCommittee(DrugTrackDemo.RemovedCommune), DrugTrackDemo.PlanYear,
            new ProposalInput(DrugTrackDemo.RemovedCommune, date, conference.Chair, conference.Attendance, conference.Summary, DrugTrackDemo.Assessment,
                ProposalEvidence.LetterAndMinutes(DrugTrackDemo.RemovedCommune, date, DrugTrackDemo.ProposalLetterNumber)),
            ProposalKey, DrugTrackDemo.Track), "đề xuất minh họa của xã Mường Chiên");
        if (proposal.Status == RemovalProposalStatus.Submitted && proposal.CurrentStep is { } step && proposal.Chain![step].Role == Roles.ProvincePolice)
        {
            ReferenceCaseLoader.EnsureSucceeded(
                await grains.GetGrain<IRemovalProposalGrain>(proposal.Id).ActAsync(ProvincePolice, ProposalAction.Endorse, "Đủ điều kiện (minh họa).", ProposalKey),
                "thẩm định minh họa của Công an tỉnh");
        }

        var decision = DrugTrackDemo.YearEndDecision;
        var decided = ReferenceCaseLoader.EnsureSucceeded(
            await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(plan.ProvinceCode, plan.Year, DrugTrackDemo.Track)).IssueYearEndDecisionAsync(
                ReferenceCaseLoader.ProvinceCommittee,
                new YearEndDecisionInput(decision.DecisionNumber, decision.DecisionDate, decision.Signer, decision.IssuedBy, decision.Removed, decision.Continuing,
                    [.. decision.NewlyDesignated.Select(d => new DesignationTypesInput(d.CommuneCode, d.Types))]),
                DecisionKey),
            "quyết định tổng kết năm minh họa về ma túy");
        await TwoLevelDemoLoader.RecordAsync(grains, DrugTrackDemo.Year2026, TwoLevelDemoLoader.ReportedByItsCommittee);
        return decided;
    }
}
