using Orleans.Concurrency;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInput")]
public sealed record CriterionInput(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CreatePlanInput")]
public sealed record CreatePlanInput(
    [property: Id(0)] int Year,
    [property: Id(1)] string DecisionNumber,
    [property: Id(2)] string DecisionDate,
    [property: Id(3)] string IssuedBy,
    [property: Id(4)] IReadOnlyList<string> CommuneCodes,
    [property: Id(5)] IReadOnlyList<CriterionInput> RemovalCriteria);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInfo")]
public sealed record CriterionInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description);

/// <summary>A commune named in a plan and where it stands in it.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.DesignationInfo")]
public sealed record DesignationInfo(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] int Year,
    [property: Id(2)] DesignationStatus Status,
    [property: Id(3)] Guid? ProposalId,
    [property: Id(4)] string? RemovedFrom);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.PlanInfo")]
public sealed record PlanInfo(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] int Year,
    [property: Id(2)] string DecisionNumber,
    [property: Id(3)] string DecisionDate,
    [property: Id(4)] string IssuedBy,
    [property: Id(5)] IReadOnlyList<CriterionInfo> RemovalCriteria,
    [property: Id(6)] IReadOnlyList<DesignationInfo> Designations,
    [property: Id(7)] string CreatedBy,
    [property: Id(8)] DateTimeOffset CreatedAt);

/// <summary>The district's proposal to remove a commune, as submitted.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalInput")]
public sealed record ProposalInput(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string ConferenceDate,
    [property: Id(2)] string ConferenceChair,
    [property: Id(3)] int ConferenceAttendance,
    [property: Id(4)] string ConferenceSummary,
    [property: Id(5)] string Assessment,
    [property: Id(6)] IReadOnlyList<EvidenceInput> Evidence);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceInput")]
public sealed record EvidenceInput(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);

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
