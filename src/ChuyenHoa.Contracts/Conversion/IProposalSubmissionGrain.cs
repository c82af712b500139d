using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// Where a district submits a removal proposal: reserves it with the plan, then submits it to the proposal.
/// Stateless, so that neither the plan nor the proposal ever waits on the other.
/// </summary>
[Alias("ChuyenHoa.IProposalSubmissionGrain")]
public interface IProposalSubmissionGrain : IGrainWithIntegerKey
{
    [Alias("Submit")]
    Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, int year, ProposalInput input, string? idempotencyKey);
}
