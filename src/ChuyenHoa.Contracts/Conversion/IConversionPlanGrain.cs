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
    static string KeyFor(string provinceCode, int year) => $"{provinceCode}-{year}";

    /// <summary>Creates the plan; the same plan (or the same idempotency key) again returns it unchanged, a different one is a CONFLICT.</summary>
    [Alias("Create")]
    Task<Outcome<PlanInfo>> CreateAsync(Caller caller, CreatePlanInput input, string? idempotencyKey);

    [Alias("Get"), AlwaysInterleave]
    Task<PlanInfo?> GetAsync();

    /// <summary>
    /// Checks a removal proposal for a designated commune and reserves its id: a new one, or the commune's
    /// returned proposal to resubmit. The same idempotency key returns the same reservation. Submitting it is
    /// the proposal's own step (<see cref="IRemovalProposalGrain.SubmitAsync"/>), so the plan never waits on a proposal.
    /// </summary>
    [Alias("PrepareProposal")]
    Task<Outcome<ProposalSubmission>> PrepareProposalAsync(Caller caller, ProposalInput input, string? idempotencyKey);

    /// <summary>Records where a commune stands after a proposal changed; called by the proposal, idempotent.</summary>
    [Alias("RecordProposalOutcome")]
    Task RecordProposalOutcomeAsync(string communeCode, Guid proposalId, DesignationStatus status, string? removedFrom);
}
