using Orleans.Concurrency;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A removal proposal (đề xuất đưa ra khỏi diện chuyển hóa), keyed by its id.</summary>
[Alias("ChuyenHoa.IRemovalProposalGrain")]
public interface IRemovalProposalGrain : IGrainWithGuidKey
{
    /// <summary>Submits, or resubmits after a return; idempotent for a submission already taken. Called by <see cref="IProposalSubmissionGrain"/> with the plan's reservation.</summary>
    [Alias("Submit")]
    Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, ProposalSubmission submission);

    /// <summary>
    /// Withdraw (district), approve, reject or return (province). Exactly one decision wins; later ones get CONFLICT,
    /// except a retry by the same caller with the same <paramref name="clientMutationId"/>, which gets the proposal as it is.
    /// </summary>
    [Alias("Act")]
    Task<Outcome<ProposalInfo>> ActAsync(Caller caller, ProposalAction action, string? reason, string? clientMutationId = null);

    /// <summary>
    /// Approves (<paramref name="approve"/>) or rejects the proposal as a year-end decision decides it, dated that decision;
    /// idempotent. Authorized by the proposal's chain like the same action taken alone. Called by the plan, which records the
    /// outcome itself, so this does not call the plan back.
    /// </summary>
    [Alias("DecideByYearEnd")]
    Task<Outcome<ProposalInfo>> DecideByYearEndAsync(Caller caller, bool approve, string decisionNumber, string decisionDate);

    /// <summary>The proposal, or null when none has this id. Not scope-checked: the caller checks the province and district.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<ProposalInfo?> GetAsync();

    /// <summary>
    /// One evidence document's bytes, by its SHA-256 (hex); null when there is none or the caller may not read the
    /// proposal, so that another province's document reads as not found.
    /// </summary>
    [Alias("ReadEvidence"), AlwaysInterleave]
    Task<EvidenceContent?> ReadEvidenceAsync(Caller caller, string sha256);
}
