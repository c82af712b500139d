using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// Where a district submits a removal proposal: reserves it with the plan, then submits it to the proposal.
/// Stateless, so that neither the plan nor the proposal ever waits on the other.
/// </summary>
[Alias("ChuyenHoa.IProposalSubmissionGrain")]
public interface IProposalSubmissionGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Submits a district's proposal for a commune of the caller's province in the plan of <paramref name="year"/>: the
    /// proposal, or the errors that refused it. A retry with the same <paramref name="idempotencyKey"/> by the same caller
    /// for the same commune gets the same proposal. Called by the API; the grain key is unused (0).
    /// </summary>
    /// <param name="caller">Who submits: a district committee of the commune's district.</param>
    /// <param name="year">The plan's year.</param>
    /// <param name="input">The proposal.</param>
    /// <param name="idempotencyKey">The client's key of the request; null for none.</param>
    /// <param name="track">The list of the plan: social order unless named.</param>
    [Alias("Submit")]
    Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, int year, ProposalInput input, string? idempotencyKey, ProgrammeTrack track = ProgrammeTrack.SocialOrder);
}
