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
    /// <summary>
    /// The grain key of a province's plan of a year on a track: <c>14-2023</c> for social order (as before tracks),
    /// <c>14-2026-drugs</c> for the others.
    /// </summary>
    static string KeyFor(string provinceCode, int year, ProgrammeTrack track = ProgrammeTrack.SocialOrder) =>
        ProgrammeTracks.KeySuffixOf(track) is { } suffix ? $"{provinceCode}-{year}-{suffix}" : $"{provinceCode}-{year}";

    /// <summary>The province, year and track a plan key names; null when it names none.</summary>
    static (string Province, int Year, ProgrammeTrack Track)? ParseKey(string key) =>
        key.Split('-') is [var province, var yearText, .. var rest] && rest.Length <= 1
        && int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && ProgrammeTracks.FromKeySuffix(rest.Length == 0 ? null : rest[0]) is { } track
            ? (province, year, track)
            : null;

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
    /// The plan's criteria evaluated now on the figures of the designated commune <paramref name="communeCode"/> and the
    /// <paramref name="attestations"/> typed so far, as a submission would freeze them (a dry run: nothing is stored).
    /// NOT_FOUND when there is no plan, the commune is not designated in it, or the caller may not read the commune, so that
    /// another district's or province's commune reads as absent; VALIDATION_FAILED for attestations the criteria refuse.
    /// </summary>
    [Alias("PreviewProposal"), AlwaysInterleave]
    Task<Outcome<ProposalSnapshot>> PreviewProposalAsync(Caller caller, string communeCode, IReadOnlyList<AttestationInput> attestations);

    /// <summary>
    /// The province's answer for a successor its designation was carried over to from part of a designated commune: kept
    /// (<paramref name="keep"/>) or not. The same answer again returns the plan unchanged; another answer is a CONFLICT. Only
    /// the province's committee may; called by the API.
    /// </summary>
    [Alias("ConfirmCarriedOver")]
    Task<Outcome<PlanInfo>> ConfirmCarriedOverAsync(Caller caller, string communeCode, bool keep);

    /// <summary>
    /// Records the province's year-end decision and applies it: every designation's outcome in one write, then the proposals it
    /// decides and the next year's plan drafted from the continuing and new communes (retried until done). The same decision
    /// again returns the plan; another is a CONFLICT. Only the province's committee may; called by the API.
    /// </summary>
    [Alias("IssueYearEndDecision")]
    Task<Outcome<PlanInfo>> IssueYearEndDecisionAsync(Caller caller, YearEndDecisionInput input, string? idempotencyKey);

    /// <summary>Removed communes of the plan with their monitoring windows and how their figures stand; reads their indicators.</summary>
    [Alias("GetMonitoring"), AlwaysInterleave]
    Task<IReadOnlyList<MonitoringInfo>> GetMonitoringAsync();

    /// <summary>
    /// Designates again a removed commune whose figures breached the criteria during monitoring: in this plan while its year
    /// lasts and is not decided, else in the plan of the year that follows on the track, which must exist. Only the province's committee may; called by the API.
    /// </summary>
    [Alias("DesignateAgain")]
    Task<Outcome<PlanInfo>> DesignateAgainAsync(Caller caller, string communeCode, string reason);

    /// <summary>Adds a commune designated again after its removal from the plan of <paramref name="removedFromYear"/>; called by that plan.</summary>
    [Alias("AddDesignatedAgain")]
    Task<Outcome<PlanInfo>> AddDesignatedAgainAsync(Caller caller, string communeCode, int removedFromYear, IReadOnlyList<DesignationKind> types);

    /// <summary>Records where a commune stands after a proposal changed; called by the proposal, idempotent.</summary>
    [Alias("RecordProposalOutcome")]
    Task RecordProposalOutcomeAsync(string communeCode, Guid proposalId, DesignationStatus status, string? removedFrom);
}
