using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;

namespace ChuyenHoa.Api.Features.Proposals;

public abstract class ProposalPayloadType(string name, string description) : PayloadType<ProposalInfo, RemovalProposalType>(
    name, description, "proposal", "Đề xuất; null khi bị từ chối.", c => c.Loader<ProposalLoader>().Visible(c.Source.Value));

public sealed class SubmitRemovalProposalPayloadType() : ProposalPayloadType("SubmitRemovalProposalPayload", "Kết quả gửi đề xuất.");

public sealed class WithdrawRemovalProposalPayloadType() : ProposalPayloadType("WithdrawRemovalProposalPayload", "Kết quả rút đề xuất.");

public sealed class DecideRemovalProposalPayloadType() : ProposalPayloadType("DecideRemovalProposalPayload", "Kết quả quyết định của tỉnh.");
