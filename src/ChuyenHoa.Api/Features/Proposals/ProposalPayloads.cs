using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Proposals;

public sealed record ProposalPayload(ProposalInfo? Proposal, IReadOnlyList<UserError> Errors, string? ClientMutationId);

public abstract class ProposalPayloadType : ObjectGraphType<ProposalPayload>
{
    protected ProposalPayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<RemovalProposalType>("proposal").Description("Đề xuất; null khi bị từ chối.").Resolve(c => c.Loader<ProposalLoader>().Visible(c.Source.Proposal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Lỗi; trống khi thành công.").Resolve(c => c.Source.Errors);
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng đã gửi.");
    }
}

public sealed class SubmitRemovalProposalPayloadType() : ProposalPayloadType("SubmitRemovalProposalPayload", "Kết quả gửi đề xuất.");

public sealed class WithdrawRemovalProposalPayloadType() : ProposalPayloadType("WithdrawRemovalProposalPayload", "Kết quả rút đề xuất.");

public sealed class DecideRemovalProposalPayloadType() : ProposalPayloadType("DecideRemovalProposalPayload", "Kết quả quyết định của tỉnh.");
