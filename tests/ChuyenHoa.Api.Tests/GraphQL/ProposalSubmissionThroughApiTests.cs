using System.Text.Json.Nodes;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// What the dashboard's proposal screens send, through their persisted documents: the commune's work (plan, criteria,
/// evidence limits, the province's chain), the criteria previewed on the current figures before sending, submission,
/// a return with its reason, resubmission of the same proposal, withdrawal and the printable dossier; and the preview of
/// a commune the caller may not read is nothing at all.
/// </summary>
public sealed class ProposalSubmissionThroughApiTests(TwoLevelHost api) : IClassFixture<TwoLevelHost>
{
    private const string Fact = "no_organised_crime_gang";

    private static object Proposal(string communeCode) => new
    {
        communeCode, year = 2026, conferenceDate = "2026-11-20", conferenceChair = "Ông Lò Văn Minh, Trưởng ban chỉ đạo", conferenceAttendance = 40,
        conferenceSummary = "Hội nghị tổng kết công tác chuyển hóa năm 2026.", assessment = "Tình hình an ninh, trật tự ổn định.",
        evidence = EvidenceVariables.LetterAndMinutes(communeCode, "2026-11-20"),
        attestations = new object[] { new { fact = Fact, holds = true, note = "Theo báo cáo của Công an xã" } },
    };

    private async Task PlanAndReportAsync()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14"));
        var plan = (await province.PostAsync("""
            mutation { createConversionPlan(input: { provinceCode: "14", year: 2026, decisionNumber: "15/QĐ-UBND", decisionDate: "2026-01-15",
              communeCodes: ["03703", "03646"], removalCriteria: [{ indicator: "security_cameras", kind: AT_LEAST, threshold: 30 },
                { kind: ATTESTED, fact: "no_organised_crime_gang", statement: "Không có băng, nhóm tội phạm hoạt động có tổ chức" }] }) { errors { code message } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.True(plan["errors"]!.AsArray().Count == 0, plan.ToJsonString());
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03703"));
        var report = (await commune.PostAsync("""
            mutation { submitIndicatorReport(input: { communeCode: "03703", period: "2026-10", values: [{ indicator: "security_cameras", value: 42 }],
              clientMutationId: "proposal-screens-2026-10" }) { errors { code message } } }
            """)).EnsureData()["submitIndicatorReport"]!;
        Assert.True(report["errors"]!.AsArray().Count == 0, report.ToJsonString());
    }

    private static object Preview(string communeCode, bool holds) =>
        new { provinceCode = "14", year = 2026, communeCode, attestations = new object[] { new { fact = Fact, holds, note = "Theo báo cáo của Công an xã" } } };

    [Fact]
    public async Task The_preview_evaluates_the_plans_criteria_on_the_current_figures_and_the_typed_attestations_as_the_submission_then_freezes_them()
    {
        await PlanAndReportAsync();
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Xã Quỳnh Nhai", commune: "03703"));

        var notAttested = (await PersistedDocuments.RunAsync(commune, "RemovalCriteriaPreview", Preview("03703", holds: false)))["removalCriteriaPreview"]!;
        Assert.Equal((false, "2026"), ((bool)notAttested["allCriteriaMet"]!, (string?)notAttested["period"]));
        Assert.Equal([true, false], notAttested["criteria"]!.AsArray().Select(c => (bool)c!["met"]!));

        var preview = (await PersistedDocuments.RunAsync(commune, "RemovalCriteriaPreview", Preview("03703", holds: true)))["removalCriteriaPreview"]!;
        Assert.True((bool)preview["allCriteriaMet"]!);
        Assert.Contains("42", (string?)preview["criteria"]![0]!["explanation"]);

        // A dry run: nothing was proposed.
        var work = await PersistedDocuments.RunAsync(commune, "ProposalWork", new { provinceCode = "14", edition = "2025", year = 2026 });
        var designation = work["conversionPlan"]!["designations"]!.AsArray().Single(d => (string?)d!["communeCode"] == "03703")!;
        Assert.Null(designation["proposal"]);

        var submitted = (await PersistedDocuments.RunAsync(commune, "SubmitRemovalProposal", new { input = Proposal("03703") }))["submitRemovalProposal"]!;
        Assert.True(submitted["errors"]!.AsArray().Count == 0, submitted.ToJsonString());
        var dossier = (await PersistedDocuments.RunAsync(commune, "ProposalDossier", new { id = (string)submitted["proposal"]!["id"]! }))["node"]!;
        Assert.Equal(
            preview["criteria"]!.AsArray().Select(c => (string)c!["explanation"]!),
            dossier["snapshot"]!["criteria"]!.AsArray().Select(c => (string)c!["explanation"]!));
    }

    [Fact]
    public async Task A_preview_of_a_commune_the_caller_may_not_read_or_outside_the_plan_is_null_and_an_attestation_the_plan_does_not_ask_is_refused()
    {
        await PlanAndReportAsync();
        using var otherCommune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03646"));
        using var otherProvince = api.Client(api.Token(Roles.ProvinceCommittee, "12"));
        using var district = api.Client(api.Token(Roles.DistrictCommittee, "14", district: "118"));
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03703"));

        foreach (var (who, caller) in new[] { ("another commune", otherCommune), ("another province", otherProvince), ("a district of the old list", district) })
        {
            var answer = await PersistedDocuments.RunAsync(caller, "RemovalCriteriaPreview", Preview("03703", holds: true));
            Assert.True(answer["removalCriteriaPreview"] is null, $"{who} previews Xã Quỳnh Nhai: {answer.ToJsonString()}");
        }

        // Its own commune it may preview; a commune not in the plan is null like one it may not read.
        Assert.NotNull((await PersistedDocuments.RunAsync(otherCommune, "RemovalCriteriaPreview", Preview("03646", holds: true)))["removalCriteriaPreview"]);
        Assert.Null((await PersistedDocuments.RunAsync(commune, "RemovalCriteriaPreview", Preview("03700", holds: true)))["removalCriteriaPreview"]);

        var refused = await commune.PostAsync("""
            query { removalCriteriaPreview(provinceCode: "14", year: 2026, communeCode: "03703", attestations: [{ fact: "no_gangs", holds: true }]) { allCriteriaMet } }
            """);
        var error = Assert.Single(refused.Errors!)!;
        Assert.Equal("VALIDATION_FAILED", (string?)error["extensions"]!["code"]);
        Assert.Equal(
            "Xác nhận 1: kế hoạch không có tiêu chí xác nhận \"no_gangs\"; chỉ xác nhận các sự việc kế hoạch nêu: no_organised_crime_gang.", (string?)error["message"]);
    }

    [Fact]
    public async Task The_proposer_sees_the_limits_and_required_documents_resubmits_the_same_proposal_after_a_return_with_its_reason_and_withdraws_it()
    {
        await PlanAndReportAsync();
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Phường Tô Hiệu", commune: "03646"));
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14", name: "Công an tỉnh Sơn La"));
        var variables = new { provinceCode = "14", edition = "2025", year = 2026 };

        var work = await PersistedDocuments.RunAsync(commune, "ProposalWork", variables);
        Assert.Equal((20.0 * 1024 * 1024, 8.0 * 1024 * 1024), ((double)work["evidenceLimits"]!["maxFileBytes"]!, (double)work["evidenceLimits"]!["maxRequestBytes"]!));
        var proposer = work["province"]!["approvalChain"]![0]!;
        Assert.Equal(("Commune.Committee", "PROPOSAL_LETTER,CONFERENCE_MINUTES"),
            ((string?)proposer["role"], string.Join(',', proposer["requiredDocuments"]!.AsArray().Select(t => (string)t!))));
        // The other designated commune is not this committee's: the plan lists only its own.
        Assert.Equal(["03646"], work["conversionPlan"]!["designations"]!.AsArray().Select(d => (string)d!["communeCode"]!));

        var submitted = (await PersistedDocuments.RunAsync(commune, "SubmitRemovalProposal", new { input = Proposal("03646") }))["submitRemovalProposal"]!;
        var id = (string)submitted["proposal"]!["id"]!;
        const string reason = "Biên bản hội nghị chưa có chữ ký của thư ký.";
        var returned = (await PersistedDocuments.RunAsync(police, "DecideRemovalProposal", new { input = new { proposalId = id, reason } }, "ReturnRemovalProposal"))["returnRemovalProposal"]!;
        Assert.Equal("RETURNED", (string?)returned["proposal"]!["status"]);

        var afterReturn = (await PersistedDocuments.RunAsync(commune, "ProposalWork", variables))["conversionPlan"]!["designations"]![0]!["proposal"]!;
        Assert.Equal(("RETURNED", reason), ((string?)afterReturn["status"], (string?)afterReturn["history"]!.AsArray()[^1]!["reason"]));
        Assert.Contains("WITHDRAW", afterReturn["viewerActions"]!.AsArray().Select(a => (string)a!));

        var resubmitted = (await PersistedDocuments.RunAsync(commune, "SubmitRemovalProposal", new { input = Proposal("03646") }))["submitRemovalProposal"]!;
        Assert.Equal((id, "SUBMITTED"), ((string?)resubmitted["proposal"]!["id"], (string?)resubmitted["proposal"]!["status"]));

        var withdrawn = (await PersistedDocuments.RunAsync(commune, "WithdrawRemovalProposal", new { input = new { proposalId = id, reason = "Rút để bổ sung hồ sơ." } }))["withdrawRemovalProposal"]!;
        Assert.Equal("WITHDRAWN", (string?)withdrawn["proposal"]!["status"]);
        var dossier = (await PersistedDocuments.RunAsync(commune, "ProposalDossier", new { id }))["node"]!;
        Assert.Equal(["SUBMIT", "RETURN", "RESUBMIT", "WITHDRAW"], dossier["history"]!.AsArray().Select(e => (string)e!["action"]!));
        Assert.All(dossier["evidence"]!.AsArray(), e => Assert.Matches("^[0-9a-f]{64}$", (string?)e!["sha256"]));
    }
}
