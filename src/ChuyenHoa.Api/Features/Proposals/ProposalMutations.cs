using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>The mutations of removal proposals: the district submits and withdraws, the province approves, rejects or returns.</summary>
public static class ProposalMutations
{
    public static void AddProposalMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitRemovalProposalPayloadType>>("submitRemovalProposal")
            .Description("Huyện đề xuất đưa một xã ra khỏi diện chuyển hóa (hoặc gửi lại đề xuất bị trả lại), kèm hội nghị tổng kết và tài liệu.")
            .Argument<NonNullGraphType<SubmitRemovalProposalInputType>>("input", "Đề xuất.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<SubmitRemovalProposalInput>();
                var outcome = await c.Grains().GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(c.Caller(), input.Year, input.ToProposal(), input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });

        mutation.AddProposalAction<WithdrawRemovalProposalInputType, WithdrawRemovalProposalPayloadType>(
            "withdrawRemovalProposal", ProposalAction.Withdraw, "Huyện rút đề xuất trước khi tỉnh quyết định.");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "approveRemovalProposal", ProposalAction.Approve, "Tỉnh phê duyệt: xã được đưa ra khỏi diện chuyển hóa từ ngày quyết định.");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "rejectRemovalProposal", ProposalAction.Reject, "Tỉnh không phê duyệt (bắt buộc nêu lý do).");
        mutation.AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "returnRemovalProposal", ProposalAction.Return, "Tỉnh trả lại để huyện bổ sung (bắt buộc nêu lý do).");
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
