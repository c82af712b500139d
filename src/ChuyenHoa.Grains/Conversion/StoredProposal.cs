using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

/// <summary>
/// A removal proposal as its grain stores it; the API sees it as <see cref="ProposalInfo"/>. <see cref="Chain"/> and
/// <see cref="Step"/> are null in a proposal stored before approval chains: it is three-level, its step read from its status,
/// and requires no documents, as no chain did then.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredProposal")]
public sealed record StoredProposal(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string ProvinceCode,
    [property: Id(2)] string DistrictCode,
    [property: Id(3)] string CommuneCode,
    [property: Id(4)] int Year,
    [property: Id(5)] RemovalProposalStatus Status,
    [property: Id(6)] StoredConference Conference,
    [property: Id(7)] string Assessment,
    [property: Id(8)] StoredEvidence[] Evidence,
    [property: Id(9)] StoredSnapshot Snapshot,
    [property: Id(10)] StoredProposalEvent[] History,
    [property: Id(11)] int Version,
    [property: Id(12)] string? DecisionDate,
    [property: Id(13)] StoredChainStep[]? Chain = null,
    [property: Id(14)] int? Step = null,
    [property: Id(15)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder)
{
    // The three-level chain as proposals took it before chains were stored: without required documents.
    private static readonly StoredChainStep[] BeforeChains = [.. ApprovalChain.ThreeLevel.Steps.Select(s => new StoredChainStep(s.Role, [.. s.Actions]))];

    /// <summary>The chain the proposal was submitted under.</summary>
    public ApprovalChain ApprovalChain => ApprovalChain.Create([.. (Chain ?? BeforeChains).Select(s => s.ToStep())]).Value;

    /// <summary>Where the proposal stands in its chain.</summary>
    public ProposalPosition Position => new(Status, Chain is null
        ? Status switch { RemovalProposalStatus.Submitted => 1, RemovalProposalStatus.Returned => 0, _ => null }
        : Step);

    /// <summary>The commune's district for scope checks; null in the two-level structure, where the province's code stands in its place.</summary>
    public string? ScopeDistrictCode => DistrictCode == ProvinceCode ? null : DistrictCode;

    public static StoredProposal From(ProposalInfo proposal) => new(
        proposal.Id, proposal.ProvinceCode, proposal.DistrictCode, proposal.CommuneCode, proposal.Year, proposal.Status,
        StoredConference.From(proposal.Conference), proposal.Assessment, [.. proposal.Evidence.Select(StoredEvidence.From)],
        StoredSnapshot.From(proposal.Snapshot), [.. proposal.History.Select(StoredProposalEvent.From)], proposal.Version, proposal.DecisionDate);

    public ProposalInfo ToInfo() => new(
        Id, ProvinceCode, DistrictCode, CommuneCode, Year, Status, Conference.ToInfo(), Assessment, [.. Evidence.Select(e => e.ToInfo())],
        Snapshot.ToInfo(), [.. History.Select(e => e.ToInfo())], Version, DecisionDate,
        [.. ApprovalChain.Steps.Select(ChainStepInfo.From)], Position.Step, Track);
}

/// <summary>The review conference of a stored proposal.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredConference")]
public sealed record StoredConference([property: Id(0)] string Date, [property: Id(1)] string Chair, [property: Id(2)] int Attendance, [property: Id(3)] string Summary)
{
    public static StoredConference From(ConferenceInfo conference) => new(conference.Date, conference.Chair, conference.Attendance, conference.Summary);

    public ConferenceInfo ToInfo() => new(Date, Chair, Attendance, Summary);
}

/// <summary>
/// An evidence document of a stored proposal; its bytes are in the evidence store under <see cref="BlobName"/>. Evidence stored
/// before documents had types has no type (<see cref="DocumentType.Unspecified"/>), number or date.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredEvidence")]
public sealed record StoredEvidence(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long SizeBytes,
    [property: Id(3)] string Sha256,
    [property: Id(4)] string BlobName,
    [property: Id(5)] DocumentType Type = DocumentType.Unspecified,
    [property: Id(6)] string? Number = null,
    [property: Id(7)] string? Date = null)
{
    public static StoredEvidence From(EvidenceInfo evidence) =>
        new(evidence.FileName, evidence.ContentType, evidence.SizeBytes, evidence.Sha256, evidence.BlobName, evidence.Type, evidence.Number, evidence.Date);

    public EvidenceInfo ToInfo() => new(FileName, ContentType, SizeBytes, Sha256, BlobName, Type, Number, Date);
}

/// <summary>
/// The commune's figures, the proposal's attestations and the plan's criteria evaluated on them, frozen when a proposal was
/// submitted; <see cref="Attestations"/> is null in a snapshot taken before them.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredSnapshot")]
public sealed record StoredSnapshot(
    [property: Id(0)] string Period,
    [property: Id(1)] StoredIndicatorValue[] Indicators,
    [property: Id(2)] StoredCriterionResult[] Criteria,
    [property: Id(3)] DateTimeOffset TakenAt,
    [property: Id(4)] StoredAttestation[]? Attestations = null)
{
    public static StoredSnapshot From(ProposalSnapshot snapshot) => new(
        snapshot.Period, [.. snapshot.Indicators.Select(StoredIndicatorValue.From)], [.. snapshot.Criteria.Select(StoredCriterionResult.From)], snapshot.TakenAt,
        snapshot.Attestations?.Select(StoredAttestation.From).ToArray());

    public ProposalSnapshot ToInfo() =>
        new(Period, [.. Indicators.Select(i => i.ToInfo())], [.. Criteria.Select(c => c.ToInfo())], TakenAt, Attestations?.Select(a => a.ToInfo()).ToArray());
}

/// <summary>A fact a proposal attested, as its snapshot froze it.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredAttestation")]
public sealed record StoredAttestation([property: Id(0)] string Fact, [property: Id(1)] bool Holds, [property: Id(2)] string? Note)
{
    public static StoredAttestation From(AttestationInfo attestation) => new(attestation.Fact, attestation.Holds, attestation.Note);

    public AttestationInfo ToInfo() => new(Fact, Holds, Note);
}

/// <summary>One indicator of a snapshot.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredIndicatorValue")]
public sealed record StoredIndicatorValue(
    [property: Id(0)] string Indicator,
    [property: Id(1)] string Period,
    [property: Id(2)] long? Value,
    [property: Id(3)] long? PreviousYearValue,
    [property: Id(4)] double? ChangeFromPreviousYear)
{
    public static StoredIndicatorValue From(IndicatorValueInfo value) => new(value.Indicator, value.Period, value.Value, value.PreviousYearValue, value.ChangeFromPreviousYear);

    public IndicatorValueInfo ToInfo() => new(Indicator, Period, Value, PreviousYearValue, ChangeFromPreviousYear);
}

/// <summary>One criterion of a snapshot, evaluated; the fields from <see cref="Denominator"/> on are null in results stored before them.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredCriterionResult")]
public sealed record StoredCriterionResult(
    [property: Id(0)] string? Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description,
    [property: Id(4)] long? Actual,
    [property: Id(5)] long? PreviousYear,
    [property: Id(6)] double? Change,
    [property: Id(7)] bool Met,
    [property: Id(8)] string Explanation,
    [property: Id(9)] string? Denominator = null,
    [property: Id(10)] string? Fact = null,
    [property: Id(11)] string? Statement = null,
    [property: Id(12)] long? DenominatorValue = null,
    [property: Id(13)] StoredAttestation? Attestation = null,
    [property: Id(14)] StoredCriterionResult[]? Members = null)
{
    public static StoredCriterionResult From(CriterionResultInfo result) => new(
        result.Indicator, result.Kind, result.Threshold, result.Description, result.Actual, result.PreviousYear, result.Change, result.Met, result.Explanation,
        result.Denominator, result.Fact, result.Statement, result.DenominatorValue,
        result.Attestation is { } attestation ? StoredAttestation.From(attestation) : null,
        result.Members?.Select(From).ToArray());

    public CriterionResultInfo ToInfo() => new(
        Indicator, Kind, Threshold, Description, Actual, PreviousYear, Change, Met, Explanation, Denominator, Fact, Statement, DenominatorValue,
        Attestation?.ToInfo(), Members?.Select(m => m.ToInfo()).ToArray());
}

/// <summary>One transition of a stored proposal.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredProposalEvent")]
public sealed record StoredProposalEvent(
    [property: Id(0)] ProposalAction Action,
    [property: Id(1)] RemovalProposalStatus Status,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string ActorName,
    [property: Id(4)] string Role,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string? Reason,
    [property: Id(7)] string? ClientMutationId)
{
    public static StoredProposalEvent From(ProposalEvent e) => new(e.Action, e.Status, e.ActorId, e.ActorName, e.Role, e.At, e.Reason, e.ClientMutationId);

    public ProposalEvent ToInfo() => new(Action, Status, ActorId, ActorName, Role, At, Reason, ClientMutationId);
}

/// <summary>
/// One step of the approval chain a stored proposal was submitted under, or of a province's own chain.
/// <see cref="RequiredDocuments"/> is null in a step stored before chains required documents: it requires none, as then.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredChainStep")]
public sealed record StoredChainStep([property: Id(0)] string Role, [property: Id(1)] ProposalAction[] Actions, [property: Id(2)] DocumentType[]? RequiredDocuments = null)
{
    public static StoredChainStep From(ApprovalStep step) => new(step.Role, [.. step.Actions], [.. step.RequiredDocuments]);

    public ApprovalStep ToStep() => new(Role, Actions, RequiredDocuments ?? []);
}
