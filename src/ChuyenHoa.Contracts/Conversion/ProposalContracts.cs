using Orleans.Concurrency;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ConferenceInfo")]
public sealed record ConferenceInfo(
    [property: Id(0)] string Date,
    [property: Id(1)] string Chair,
    [property: Id(2)] int Attendance,
    [property: Id(3)] string Summary);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceInfo")]
public sealed record EvidenceInfo(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long SizeBytes,
    [property: Id(3)] string Sha256,
    [property: Id(4)] string BlobName);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionResultInfo")]
public sealed record CriterionResultInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description,
    [property: Id(4)] long? Actual,
    [property: Id(5)] long? PreviousYear,
    [property: Id(6)] double? Change,
    [property: Id(7)] bool Met,
    [property: Id(8)] string Explanation);

/// <summary>One transition of a proposal: who, in which role, when, why. Append-only.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalEvent")]
public sealed record ProposalEvent(
    [property: Id(0)] ProposalAction Action,
    [property: Id(1)] RemovalProposalStatus Status,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string ActorName,
    [property: Id(4)] string Role,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string? Reason,
    [property: Id(7)] string? ClientMutationId = null);

/// <summary>What a proposal freezes when it is (re)submitted: the commune's indicators and the plan's criteria evaluated on them.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSnapshot")]
public sealed record ProposalSnapshot(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<IndicatorValueInfo> Indicators,
    [property: Id(2)] IReadOnlyList<CriterionResultInfo> Criteria,
    [property: Id(3)] DateTimeOffset TakenAt)
{
    public bool AllCriteriaMet => Criteria.All(c => c.Met);
}

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalInfo")]
public sealed record ProposalInfo(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string ProvinceCode,
    [property: Id(2)] string DistrictCode,
    [property: Id(3)] string CommuneCode,
    [property: Id(4)] int Year,
    [property: Id(5)] RemovalProposalStatus Status,
    [property: Id(6)] ConferenceInfo Conference,
    [property: Id(7)] string Assessment,
    [property: Id(8)] IReadOnlyList<EvidenceInfo> Evidence,
    [property: Id(9)] ProposalSnapshot Snapshot,
    [property: Id(10)] IReadOnlyList<ProposalEvent> History,
    [property: Id(11)] int Version,
    [property: Id(12)] string? DecisionDate);

/// <summary>
/// What the plan hands a proposal when it is submitted: everything checked, plus the plan's criteria.
/// <see cref="Attempt"/> numbers the submissions of one proposal (1, then 2 after a return, ...), so a retried one is not applied twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSubmission")]
public sealed record ProposalSubmission(
    [property: Id(6)] Guid ProposalId,
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] int Year,
    [property: Id(3)] ProposalInput Input,
    [property: Id(4)] int Attempt,
    [property: Id(5)] IReadOnlyList<CriterionInput> Criteria);

/// <summary>A removal proposal (đề xuất đưa ra khỏi diện chuyển hóa), keyed by its id.</summary>
[Alias("ChuyenHoa.IRemovalProposalGrain")]
public interface IRemovalProposalGrain : IGrainWithGuidKey
{
    /// <summary>Submits, or resubmits after a return; idempotent for a proposal already submitted. Called by the plan.</summary>
    [Alias("Submit")]
    Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, ProposalSubmission submission);

    /// <summary>
    /// Withdraw (district), approve, reject or return (province). Exactly one decision wins; later ones get CONFLICT,
    /// except a retry by the same caller with the same <paramref name="clientMutationId"/>, which gets the proposal as it is.
    /// </summary>
    [Alias("Act")]
    Task<Outcome<ProposalInfo>> ActAsync(Caller caller, ProposalAction action, string? reason, string? clientMutationId = null);

    [Alias("Get"), AlwaysInterleave]
    Task<ProposalInfo?> GetAsync();

    /// <summary>
    /// One evidence document's bytes, by its SHA-256 (hex); null when there is none or the caller may not read the
    /// proposal, so that another province's document reads as not found.
    /// </summary>
    [Alias("ReadEvidence"), AlwaysInterleave]
    Task<EvidenceContent?> ReadEvidenceAsync(Caller caller, string sha256);
}

[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceContent")]
public sealed record EvidenceContent(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);

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

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalSummary")]
public sealed record ProposalSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string DistrictCode,
    [property: Id(2)] string CommuneCode,
    [property: Id(3)] int Year,
    [property: Id(4)] RemovalProposalStatus Status,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset UpdatedAt);

/// <summary>The proposals of one province, keyed by province code: what the review screen lists.</summary>
[Alias("ChuyenHoa.IProvinceProposalsGrain")]
public interface IProvinceProposalsGrain : IGrainWithStringKey
{
    /// <summary>Records a proposal's latest state; an older version than the one held is ignored.</summary>
    [Alias("Upsert")]
    Task UpsertAsync(ProposalSummary summary);

    /// <summary>Newest first, filtered by status when any are given.</summary>
    [Alias("List"), AlwaysInterleave]
    Task<IReadOnlyList<ProposalSummary>> ListAsync(IReadOnlyList<RemovalProposalStatus> statuses);

    /// <summary>Tells the observer of every change from now on, for <see cref="SubscriptionLifetime"/>; subscribe again before it ends.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IProposalObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IProposalObserver observer);

    static TimeSpan SubscriptionLifetime => TimeSpan.FromMinutes(5);
}

/// <summary>Hears of every change of a province's proposals (each API node has one, for its subscribers).</summary>
[Alias("ChuyenHoa.IProposalObserver")]
public interface IProposalObserver : IGrainObserver
{
    [Alias("ProposalChanged"), OneWay]
    void ProposalChanged(ProposalSummary summary);
}
