using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using ChuyenHoa.Plans;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>
/// The mutations of removal proposals: the proposer (district or commune committee) submits and withdraws, a reviewer (the
/// provincial police, in the two-level chain) endorses or returns, the province approves, rejects or returns. The proposal's
/// chain says which of them a caller may take now.
/// </summary>
public static class ProposalMutations
{
    public static void AddProposalMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitRemovalProposalPayloadType>>("submitRemovalProposal")
            .Description("Huyện (hoặc Ban Chỉ đạo xã, từ 1/7/2025) đề xuất đưa một xã ra khỏi diện chuyển hóa (hoặc gửi lại đề xuất bị trả lại), kèm hội nghị tổng kết và tài liệu.")
            .Argument<NonNullGraphType<SubmitRemovalProposalInputType>>("input", "Đề xuất.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<SubmitRemovalProposalInput>();
                var outcome = await c.Grains().GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(c.Caller(), input.Year, input.ToProposal(), input.ClientMutationId, input.Track ?? ProgrammeTrack.SocialOrder);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });

        mutation.AddProposalAction<WithdrawRemovalProposalInputType, WithdrawRemovalProposalPayloadType>(
            "withdrawRemovalProposal", ProposalAction.Withdraw, "Bên đề xuất (huyện hoặc xã) rút đề xuất trước khi tỉnh quyết định.");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "endorseRemovalProposal", ProposalAction.Endorse, "Công an tỉnh thẩm định và chuyển đề xuất lên Ban Chỉ đạo tỉnh (chuỗi phê duyệt hai cấp).");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "approveRemovalProposal", ProposalAction.Approve, "Tỉnh phê duyệt: xã được đưa ra khỏi diện chuyển hóa từ ngày quyết định (trong chuỗi hai cấp, sau khi Công an tỉnh thẩm định).");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "rejectRemovalProposal", ProposalAction.Reject, "Tỉnh không phê duyệt (bắt buộc nêu lý do).");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "returnRemovalProposal", ProposalAction.Return, "Tỉnh, hoặc Công an tỉnh khi thẩm định, trả lại để bên đề xuất bổ sung (bắt buộc nêu lý do).");
    }

    private static void AddProposalAction<TInput, TPayload>(this ObjectGraphType mutation, string name, ProposalAction action, string description)
        where TInput : ProposalActionInputType
        where TPayload : ProposalPayloadType =>
        mutation.Field<NonNullGraphType<TPayload>>(name).Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Đề xuất và lý do.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<ProposalActionInput>();
                // A proposal the caller may not read is not found, exactly like one that does not exist.
                if (ProposalLoader.IdOf(input.ProposalId) is not { } id || await c.Loader<ProposalLoader>().Proposal(id).GetResultAsync(c.CancellationToken) is null)
                {
                    return new MutationPayload<ProposalInfo>(null, [new UserError(ErrorCodes.NotFound, "Không tìm thấy đề xuất.", "proposalId")], input.ClientMutationId);
                }

                var outcome = await c.Grains().GetGrain<IRemovalProposalGrain>(id).ActAsync(c.Caller(), action, input.Reason, input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
}
