using Orleans.Concurrency;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// A province's conversion plan of one year, keyed <c>{province}-{year}</c>; it also guards the year's proposals
/// (one open proposal per commune, idempotency keys). Reads interleave, so grains it calls may read it back.
/// </summary>
[Alias("ChuyenHoa.IConversionPlanGrain")]
public interface IConversionPlanGrain : IGrainWithStringKey
{
    /// <summary>The grain key of a province's plan of a year, e.g. <c>14-2023</c>.</summary>
    static string KeyFor(string provinceCode, int year) => $"{provinceCode}-{year}";

    /// <summary>
    /// Creates the plan; the same plan (or the same idempotency key from its creator) again returns it unchanged, a
    /// different one is a CONFLICT. Only the province's committee may create it; called by the API.
    /// </summary>
    [Alias("Create")]
    Task<Outcome<PlanInfo>> CreateAsync(Caller caller, CreatePlanInput input, string? idempotencyKey);

    /// <summary>The plan, or null when the province has none for the year. Not scope-checked: the caller checks the province.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<PlanInfo?> GetAsync();

    /// <summary>
    /// Checks a removal proposal for a designated commune and reserves its id: a new one, or the commune's
    /// returned proposal to resubmit. The same idempotency key returns the same reservation. Submitting it is
    /// the proposal's own step (<see cref="IRemovalProposalGrain.SubmitAsync"/>), so the plan never waits on a proposal.
    /// Only the commune's district committee may; called by <see cref="IProposalSubmissionGrain"/>.
    /// </summary>
    [Alias("PrepareProposal")]
    Task<Outcome<ProposalSubmission>> PrepareProposalAsync(Caller caller, ProposalInput input, string? idempotencyKey);

    /// <summary>
    /// The province's answer for a successor its designation was carried over to from part of a designated commune: kept
    /// (<paramref name="keep"/>) or not. The same answer again returns the plan unchanged; another answer is a CONFLICT. Only
    /// the province's committee may; called by the API.
    /// </summary>
    [Alias("ConfirmCarriedOver")]
    Task<Outcome<PlanInfo>> ConfirmCarriedOverAsync(Caller caller, string communeCode, bool keep);

    /// <summary>Records where a commune stands after a proposal changed; called by the proposal, idempotent.</summary>
    [Alias("RecordProposalOutcome")]
    Task RecordProposalOutcomeAsync(string communeCode, Guid proposalId, DesignationStatus status, string? removedFrom);
}
