using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>Refusals that must change nothing, and reads: they share the collection's cluster with the reference case.</summary>
[Collection(ReferenceCaseCollection.Name)]
public sealed class ProposalRefusalTests(SharedReferenceCase shared) : ReferenceCaseCluster(shared)
{
    private static readonly Caller Province = ReferenceCaseLoader.ProvinceCommittee;
    private static readonly Caller QuynhNhai = ReferenceCaseLoader.DistrictCommittee("118");
    private static readonly Caller Analyst = new("analyst-14", "Chuyên viên phân tích", [Roles.Analyst], "14", null);
    [Theory]
    [InlineData(ProposalAction.Reject, null)]
    [InlineData(ProposalAction.Reject, "   ")]
    [InlineData(ProposalAction.Return, "")]
    public async Task Reject_and_return_without_a_reason_are_refused_and_change_nothing(ProposalAction action, string? reason)
    {
        var outcome = await Proposal.ActAsync(Province, action, reason);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((ErrorCodes.ValidationFailed, "reason"), (error.Code, error.Field));
        Assert.Equal((RemovalProposalStatus.Submitted, 1), await StatusAndVersionAsync());
    }

    [Theory]
    [InlineData("Bổ sung\u202E biên bản", null, "reason")]
    [InlineData("Bổ sung\u0001", null, "reason")]
    [InlineData("Bổ sung", "k", "clientMutationId")]
    public async Task A_direct_decision_with_a_refused_reason_or_over_long_key_changes_nothing(string reason, string? keyCharacter, string field)
    {
        var outcome = await Proposal.ActAsync(Province, ProposalAction.Return, reason, keyCharacter is null ? null : new string(keyCharacter[0], 101));

        Assert.Equal((ErrorCodes.ValidationFailed, field), (Assert.Single(outcome.Errors).Code, outcome.Errors[0].Field));
        Assert.Equal(1, (await Proposal.GetAsync())!.Version);
    }

    [Fact]
    public async Task A_plan_key_sent_by_another_province_user_with_another_plan_is_a_conflict_not_the_creators_answer()
    {
        var plan = Grains.GetGrain<IConversionPlanGrain>("14-2023");
        var input = new CreatePlanInput(2023, "999/QĐ-UBND", "2023-04-01", "", ["03718"], []);

        var byColleague = await plan.CreateAsync(Province with { UserId = "province-14-2", DisplayName = "Cán bộ thứ hai" }, input, "demo-reference-case-plan");
        var byCreator = await plan.CreateAsync(Province, input, "demo-reference-case-plan");

        Assert.Equal(ErrorCodes.Conflict, Assert.Single(byColleague.Errors).Code);
        Assert.Equal("314/QĐ-UBND", byCreator.Value!.DecisionNumber);
    }

    [Fact]
    public async Task Proposals_outside_the_district_not_designated_or_in_another_province_are_refused()
    {
        var otherDistrict = await SubmitAsync(QuynhNhai, "03772", "k1");   // Tông Lạnh, Thuận Châu
        var notDesignated = await SubmitAsync(QuynhNhai, "03703", "k2");   // Mường Giàng, Quỳnh Nhai, not in the plan
        var otherProvince = await SubmitAsync(QuynhNhai, "03386", "k3");   // Quyết Thắng, Lai Châu

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(otherDistrict.Errors).Code);
        Assert.Equal((ErrorCodes.ValidationFailed, "communeCode"), (Assert.Single(notDesignated.Errors).Code, notDesignated.Errors[0].Field));
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(otherProvince.Errors).Code);
        Assert.Single(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]));
    }

    [Fact]
    public async Task A_proposal_without_the_letter_the_chain_requires_is_refused_naming_it_and_reserves_nothing()
    {
        var thuanChau = ReferenceCaseLoader.DistrictCommittee("119");
        var minutesOnly = ProposalEvidence.LetterAndMinutes("03772", "2023-11-20").Where(e => e.Type == DocumentType.ConferenceMinutes).ToArray();

        var withoutLetter = await SubmitAsync(thuanChau, "03772", "thieu-to-trinh", minutesOnly);
        var untyped = await SubmitAsync(thuanChau, "03772", "chua-phan-loai", [.. ProposalEvidence.LetterAndMinutes("03772", "2023-11-20").Select(e => e with { Type = DocumentType.Unspecified })]);

        var missing = Assert.Single(withoutLetter.Errors);
        Assert.Equal((ErrorCodes.ValidationFailed, "evidence"), (missing.Code, missing.Field));
        Assert.StartsWith("Chưa đủ tài liệu để gửi đề xuất: thiếu tờ trình. Ban Chỉ đạo huyện cần đính kèm tờ trình, biên bản hội nghị", missing.Message);
        Assert.Equal(["evidence[0].type", "evidence[1].type"], untyped.Errors.Select(e => e.Field));
        var designation = (await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!.Designations.Single(d => d.CommuneCode == "03772");
        Assert.Equal((DesignationStatus.Designated, (Guid?)null), (designation.Status, designation.ProposalId));
        Assert.Single(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]));
    }

    [Fact]
    public async Task Attesting_a_fact_the_plan_does_not_name_is_refused_by_the_plan_and_by_a_new_proposal_called_directly()
    {
        var conference = ReferenceCase.Conference;
        var input = new ProposalInput(ReferenceCase.CommuneCode, "2023-11-20", conference.Chair, conference.Attendance, conference.Summary,
            ReferenceCase.DistrictAssessment, ProposalEvidence.LetterAndMinutes(ReferenceCase.CommuneCode, "2023-11-20"), [new AttestationInput("no_organised_crime_gang", true)]);
        var id = Guid.NewGuid();

        var throughPlan = await Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(QuynhNhai, ReferenceCase.PlanYear, input, "k-attest");
        var direct = await Grains.GetGrain<IRemovalProposalGrain>(id).SubmitAsync(QuynhNhai, new ProposalSubmission(
            id, ReferenceCase.ProvinceCode, ReferenceCase.DistrictCode, ReferenceCase.PlanYear, input, 1, [.. ReferenceCase.Plan.RemovalCriteria.Select(CriterionInput.From)]));

        Assert.Equal((ErrorCodes.ValidationFailed, "attestations[0].fact"), (Assert.Single(throughPlan.Errors).Code, throughPlan.Errors[0].Field));
        Assert.Contains("kế hoạch không có tiêu chí nào cần xác nhận", throughPlan.Errors[0].Message);
        Assert.Equal((ErrorCodes.ValidationFailed, "attestations[0].fact"), (Assert.Single(direct.Errors).Code, direct.Errors[0].Field));
        Assert.Null(await Grains.GetGrain<IRemovalProposalGrain>(id).GetAsync());
        Assert.Equal((RemovalProposalStatus.Submitted, 1), await StatusAndVersionAsync());
    }

    [Fact]
    public async Task An_analyst_cannot_decide_and_the_province_cannot_submit_for_a_district()
    {
        var byAnalyst = await Proposal.ActAsync(Analyst, ProposalAction.Approve, null);
        var byProvince = await SubmitAsync(Province, "03772", "k4");

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(byAnalyst.Errors).Code);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(byProvince.Errors).Code);
        Assert.Equal((RemovalProposalStatus.Submitted, 1), await StatusAndVersionAsync());
    }

    [Fact]
    public async Task Evidence_is_read_by_whoever_may_read_the_proposal_and_is_not_found_for_anyone_else()
    {
        var evidence = (await Proposal.GetAsync())!.Evidence.Single(e => e.Type == DocumentType.ConferenceMinutes);

        var forProvince = await Proposal.ReadEvidenceAsync(Province, evidence.Sha256);
        var forDistrict = await Proposal.ReadEvidenceAsync(QuynhNhai, evidence.Sha256);

        Assert.Equal((evidence.FileName, evidence.ContentType), (forProvince!.FileName, forProvince.ContentType));
        Assert.Equal(evidence.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(forProvince.Content)));
        Assert.Equal(forProvince.Content, forDistrict!.Content);
        Assert.Null(await Proposal.ReadEvidenceAsync(ReferenceCaseLoader.DistrictCommittee("119"), evidence.Sha256));
        Assert.Null(await Proposal.ReadEvidenceAsync(new Caller("province-12", "Ban Chỉ đạo 138 tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null), evidence.Sha256));
        Assert.Null(await Proposal.ReadEvidenceAsync(Province, new string('0', 64)));
    }
}
