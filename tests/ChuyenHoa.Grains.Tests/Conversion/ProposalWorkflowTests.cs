using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>Each test moves the reference proposal along its workflow, so each starts from a cluster of its own.</summary>
public sealed class ProposalWorkflowTests : ReferenceCaseCluster
{
    private static readonly Caller Province = ReferenceCaseLoader.ProvinceCommittee;
    private static readonly Caller QuynhNhai = ReferenceCaseLoader.DistrictCommittee("118");

    [Fact]
    public async Task A_decided_proposal_refuses_another_decision_and_a_withdrawal_with_a_conflict()
    {
        Assert.True((await Proposal.ActAsync(Province, ProposalAction.Reject, "Chưa đạt tiêu chí camera")).Succeeded);

        var approve = await Proposal.ActAsync(Province, ProposalAction.Approve, null);
        var withdraw = await Proposal.ActAsync(QuynhNhai, ProposalAction.Withdraw, null);

        Assert.Equal(ErrorCodes.Conflict, Assert.Single(approve.Errors).Code);
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(withdraw.Errors).Code);
        Assert.Contains("không được phê duyệt", approve.Errors[0].Message);
        Assert.Equal((RemovalProposalStatus.Rejected, 2), await StatusAndVersionAsync());
        Assert.Equal(DesignationStatus.Designated, await DesignationAsync("03718"));
    }

    [Fact]
    public async Task A_decision_retried_with_its_key_by_the_same_caller_is_answered_once_and_recorded_once()
    {
        var first = await Proposal.ActAsync(Province, ProposalAction.Approve, null, "quyet-dinh-1");

        var retry = await Proposal.ActAsync(Province, ProposalAction.Approve, null, "quyet-dinh-1");
        var sameKeyOtherCaller = await Proposal.ActAsync(Province with { UserId = "someone-else" }, ProposalAction.Approve, null, "quyet-dinh-1");
        var sameKeyOtherAction = await Proposal.ActAsync(Province, ProposalAction.Reject, "Lý do", "quyet-dinh-1");

        Assert.True(first.Succeeded);
        Assert.True(retry.Succeeded);
        Assert.Equal(first.Value, retry.Value);
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(sameKeyOtherCaller.Errors).Code);
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(sameKeyOtherAction.Errors).Code);
        Assert.Equal((RemovalProposalStatus.Approved, 2), await StatusAndVersionAsync());
        Assert.Equal("quyet-dinh-1", Assert.Single((await Proposal.GetAsync())!.History, e => e.Action == ProposalAction.Approve).ClientMutationId);
    }

    [Fact]
    public async Task A_resubmission_without_the_minutes_is_refused_and_leaves_the_proposal_returned_then_one_with_them_goes_through()
    {
        Assert.True((await Proposal.ActAsync(Province, ProposalAction.Return, "Bổ sung biên bản hội nghị")).Succeeded);
        var documents = ProposalEvidence.LetterAndMinutes(ReferenceCase.CommuneCode, "2023-11-20");

        var withoutMinutes = await SubmitAsync(QuynhNhai, ReferenceCase.CommuneCode, "gui-lai-1", [.. documents.Where(e => e.Type == DocumentType.ProposalLetter)]);
        var afterRefusal = await StatusAndVersionAsync();
        var complete = await SubmitAsync(QuynhNhai, ReferenceCase.CommuneCode, "gui-lai-2", documents);

        Assert.StartsWith("Chưa đủ tài liệu để gửi lại đề xuất: thiếu biên bản hội nghị. Ban Chỉ đạo huyện", Assert.Single(withoutMinutes.Errors).Message);
        Assert.Equal((RemovalProposalStatus.Returned, 2), afterRefusal);
        Assert.True(complete.Succeeded, string.Join("; ", complete.Errors.Select(e => e.Message)));
        Assert.Equal((ProposalId, RemovalProposalStatus.Submitted, 3), (complete.Value!.Id, complete.Value.Status, complete.Value.Version));
        Assert.Equal([DocumentType.ProposalLetter, DocumentType.ConferenceMinutes], complete.Value.Evidence.Select(e => e.Type));
    }

    [Fact]
    public async Task The_district_may_withdraw_before_a_decision()
    {
        var withdrawn = await Proposal.ActAsync(QuynhNhai, ProposalAction.Withdraw, null);

        Assert.Equal(RemovalProposalStatus.Withdrawn, withdrawn.Value!.Status);
        Assert.Equal(DesignationStatus.Designated, await DesignationAsync("03718"));
        Assert.Equal(ErrorCodes.Conflict, Assert.Single((await Proposal.ActAsync(Province, ProposalAction.Approve, null)).Errors).Code);
    }

    [Fact]
    public async Task A_returned_proposal_is_resubmitted_as_the_same_proposal_with_a_fresh_snapshot()
    {
        await Proposal.ActAsync(Province, ProposalAction.Return, "Bổ sung biên bản hội nghị có chữ ký");

        var resubmitted = await SubmitAsync(QuynhNhai, "03718", "resubmission-1");

        Assert.True(resubmitted.Succeeded, string.Join("; ", resubmitted.Errors.Select(e => e.Message)));
        Assert.Equal(ProposalId, resubmitted.Value!.Id);
        Assert.Equal(
            [ProposalAction.Submit, ProposalAction.Return, ProposalAction.Resubmit],
            resubmitted.Value.History.Select(e => e.Action));
        Assert.Equal("Bổ sung biên bản hội nghị có chữ ký", resubmitted.Value.History[1].Reason);
        Assert.Equal(RemovalProposalStatus.Submitted, resubmitted.Value.Status);
        Assert.Equal(DesignationStatus.Proposed, await DesignationAsync("03718"));
        // A retry of the resubmission does not resubmit twice.
        Assert.Equal(3, (await SubmitAsync(QuynhNhai, "03718", "resubmission-1")).Value!.History.Count);
    }

    [Fact]
    public async Task Twenty_concurrent_decisions_on_one_proposal_let_exactly_one_win()
    {
        var decisions = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? Proposal.ActAsync(Province with { UserId = $"u{i}" }, ProposalAction.Approve, null)
            : Proposal.ActAsync(Province with { UserId = $"u{i}" }, ProposalAction.Reject, $"Lý do {i}"));

        var outcomes = await Task.WhenAll(decisions);

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ErrorCodes.Conflict, Assert.Single(o.Errors).Code));
        var final = (await Proposal.GetAsync())!;
        Assert.Equal(2, final.History.Count);
        Assert.Equal(winner.Value!.Status, final.Status);
        Assert.Equal(winner.Value.History[^1].ActorId, final.History[^1].ActorId);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_proposal_and_a_new_key_needs_the_open_one_closed()
    {
        var retry = await SubmitAsync(QuynhNhai, "03718", ReferenceCaseLoader.ProposalKey);
        Assert.Equal((ProposalId, 1), (retry.Value!.Id, retry.Value.Version));

        var second = await SubmitAsync(QuynhNhai, "03718", "another-key");
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(second.Errors).Code);

        await Proposal.ActAsync(QuynhNhai, ProposalAction.Withdraw, null);
        var fresh = await SubmitAsync(QuynhNhai, "03718", "another-key");
        var freshAgain = await SubmitAsync(QuynhNhai, "03718", "another-key");

        Assert.True(fresh.Succeeded);
        Assert.NotEqual(ProposalId, fresh.Value!.Id);
        Assert.Equal(fresh.Value.Id, freshAgain.Value!.Id);
        Assert.Equal(2, (await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([])).Count);
    }

    [Fact]
    public async Task Another_district_sending_the_reference_case_key_for_its_own_commune_gets_its_own_proposal()
    {
        var thuanChau = ReferenceCaseLoader.DistrictCommittee("119");

        var tongLanh = await SubmitAsync(thuanChau, "03772", ReferenceCaseLoader.ProposalKey);
        var retry = await SubmitAsync(thuanChau, "03772", ReferenceCaseLoader.ProposalKey);

        Assert.True(tongLanh.Succeeded, string.Join("; ", tongLanh.Errors.Select(e => e.Message)));
        Assert.NotEqual(ProposalId, tongLanh.Value!.Id);
        Assert.Equal(("03772", "119", thuanChau.UserId), (tongLanh.Value.CommuneCode, tongLanh.Value.DistrictCode, tongLanh.Value.History[0].ActorId));
        Assert.Equal((tongLanh.Value.Id, 1), (retry.Value!.Id, retry.Value.Version));
        Assert.Equal(2, (await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([])).Count);
        Assert.Equal(("03718", 1), ((await Proposal.GetAsync())!.CommuneCode, (await Proposal.GetAsync())!.Version));
    }

    [Fact]
    public async Task A_colleague_resubmitting_with_the_first_submitters_key_makes_a_resubmission_of_their_own()
    {
        await Proposal.ActAsync(Province, ProposalAction.Return, "Bổ sung biên bản hội nghị có chữ ký");
        var colleague = QuynhNhai with { UserId = "quynh-nhai-2", DisplayName = "Cán bộ thứ hai của huyện Quỳnh Nhai" };

        var resubmitted = await SubmitAsync(colleague, "03718", ReferenceCaseLoader.ProposalKey);

        Assert.True(resubmitted.Succeeded, string.Join("; ", resubmitted.Errors.Select(e => e.Message)));
        Assert.Equal(
            [ProposalAction.Submit, ProposalAction.Return, ProposalAction.Resubmit],
            resubmitted.Value!.History.Select(e => e.Action));
        Assert.Equal(("quynh-nhai-2", RemovalProposalStatus.Submitted), (resubmitted.Value.History[^1].ActorId, resubmitted.Value.Status));
    }

    [Fact]
    public async Task A_decision_key_used_earlier_by_another_caller_is_a_new_decision_of_this_caller()
    {
        await Proposal.ActAsync(Province, ProposalAction.Return, "Bổ sung biên bản hội nghị có chữ ký", "buoc-1");
        await SubmitAsync(QuynhNhai, "03718", "resubmission-1");
        var colleague = Province with { UserId = "province-14-2" };

        var approved = await Proposal.ActAsync(colleague, ProposalAction.Approve, null, "buoc-1");

        Assert.True(approved.Succeeded, string.Join("; ", approved.Errors.Select(e => e.Message)));
        Assert.Equal((RemovalProposalStatus.Approved, ProposalAction.Approve, "province-14-2"),
            (approved.Value!.Status, approved.Value.History[^1].Action, approved.Value.History[^1].ActorId));
    }

    private async Task<DesignationStatus> DesignationAsync(string commune) =>
        (await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!.Designations.Single(d => d.CommuneCode == commune).Status;
}
