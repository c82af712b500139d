using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa.Grains.Conversion;

public sealed class RemovalProposalGrain(
    [PersistentState("proposal", StorageNames.Documents)] IPersistentState<RemovalProposalGrain.State> state,
    IGrainFactory grains,
    IEvidenceStore evidence,
    TimeProvider clock) : Grain, IRemovalProposalGrain
{
    private readonly MappedRecord<StoredProposal, ProposalInfo> _info = new(p => p.ToInfo());

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.LegacyProposal is { } legacy)
        {
            // Stored by 45cb814 or earlier; taken over here and written in the new shape with the next change.
            state.State.Proposal = StoredProposal.From(legacy);
            state.State.LegacyProposal = null;
        }

        if (state.State.EffectsPending)
        {
            // A transition was persisted but the plan or the province list may not have heard of it. A timer, not a
            // call from here: the request that activated this grain may come from a grain that is waiting on it.
            this.RegisterGrainTimer(async () =>
            {
                if (state.State.EffectsPending)
                {
                    await PublishAsync();
                }
            }, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
        }

        return Task.CompletedTask;
    }

    public Task<ProposalInfo?> GetAsync() => Task.FromResult(_info.Of(state.State.Proposal));

    public async Task<EvidenceContent?> ReadEvidenceAsync(Caller caller, string sha256)
    {
        if (state.State.Proposal is not { } proposal
            || !caller.Scope.CanReadCommune(proposal.ProvinceCode, proposal.ScopeDistrictCode, proposal.CommuneCode)
            || proposal.Evidence.FirstOrDefault(e => string.Equals(e.Sha256, sha256, StringComparison.OrdinalIgnoreCase)) is not { } document)
        {
            return null;
        }

        var stored = await evidence.ReadAsync(document.BlobName);
        return stored is { } found ? new EvidenceContent(document.FileName, document.ContentType, found.Content) : null;
    }

    public async Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, ProposalSubmission submission)
    {
        if (submission.ProposalId != Id)
        {
            throw new ArgumentException($"Submission of {submission.ProposalId} sent to proposal {Id}.", nameof(submission));
        }

        var previous = state.State.Proposal;
        var action = previous is null ? ProposalAction.Submit : ProposalAction.Resubmit;
        var chain = previous?.ApprovalChain ?? await ApprovalChains.ForAsync(grains, submission);
        var position = previous?.Position;
        var district = submission.DistrictCode == submission.ProvinceCode ? null : submission.DistrictCode;
        if (chain.Authorize(caller.Scope, position, action, submission.ProvinceCode, district, submission.Input.CommuneCode) is { } refused)
        {
            return Outcome<ProposalInfo>.Failure(refused);
        }

        // The plan checked the input already; a submission sent here directly must not store what it refuses.
        if (FreeText.FirstDisallowed(submission.Input, "") is { } refusedInput)
        {
            return Outcome<ProposalInfo>.Failure(refusedInput);
        }

        if (state.State.Proposal is { } already && already.CommuneCode != submission.Input.CommuneCode)
        {
            throw new ArgumentException($"Submission for {submission.Input.CommuneCode} sent to the proposal of {already.CommuneCode}.", nameof(submission));
        }

        if (state.State.Attempts >= submission.Attempt && state.State.Proposal is { } taken)
        {
            return Outcome<ProposalInfo>.Success(_info.Of(taken)!);
        }

        var next = chain.Transition(position, action, null);
        if (!next.IsSuccess)
        {
            return Outcome<ProposalInfo>.Failure(next.Errors);
        }

        var criteria = CriterionInput.Resolve(submission.Criteria);
        var attested = Attestation.Create(criteria, submission.Input.ToAttestations());
        if (!attested.IsSuccess)
        {
            return Outcome<ProposalInfo>.Failure(attested.Errors);
        }

        var input = submission.Input;
        // The plan checked this too, before reserving; checked here against the chain this proposal goes on under.
        if (chain.MissingDocuments(action, input.Evidence.Select(e => e.Type)) is { } missing)
        {
            return Outcome<ProposalInfo>.Failure(missing);
        }

        var documents = new List<StoredEvidence>();
        foreach (var document in input.Evidence)
        {
            var sha256 = EvidenceDocument.ComputeSha256(document.Content);
            var blobName = $"{Id:N}/{sha256}";
            await evidence.SaveAsync(blobName, document.ContentType, document.Content);
            documents.Add(new StoredEvidence(document.FileName, document.ContentType, document.Content.LongLength, sha256, blobName,
                document.Type, Trimmed(document.Number), Trimmed(document.Date)));
        }

        var now = clock.GetUtcNow();
        // The commune's figures are in its own edition's grain: 2025's 03703 is not the 2024 commune of that code.
        var edition = ApprovalChains.EditionOf(submission);
        var indicatorsKey = UnitKey.Of(edition, input.CommuneCode)?.StorageKey ?? input.CommuneCode;
        var snapshot = StoredSnapshot.From(await ProposalSnapshots.TakeAsync(grains, indicatorsKey, submission.Year, criteria, attested.Value, now));
        state.State.Proposal = new StoredProposal(
            Id, submission.ProvinceCode, submission.DistrictCode, input.CommuneCode, submission.Year, next.Value.Status,
            new StoredConference(input.ConferenceDate, input.ConferenceChair.Trim(), input.ConferenceAttendance, input.ConferenceSummary.Trim()),
            input.Assessment.Trim(),
            [.. documents],
            snapshot,
            [.. previous?.History ?? [], Event(caller, chain.RoleFor(position, action), action, next.Value.Status, now, null)],
            (previous?.Version ?? 0) + 1,
            null,
            [.. chain.Steps.Select(StoredChainStep.From)],
            next.Value.Step,
            submission.Track);
        state.State.Attempts = submission.Attempt;
        state.State.EffectsPending = true;
        await state.WriteStateAsync();
        await PublishAsync();
        return Outcome<ProposalInfo>.Success(_info.Of(state.State.Proposal)!);
    }

    public Task<Outcome<ProposalInfo>> ActAsync(Caller caller, ProposalAction action, string? reason, string? clientMutationId = null) =>
        DecideAsync(caller, action, reason, clientMutationId, null);

    public Task<Outcome<ProposalInfo>> DecideByYearEndAsync(Caller caller, bool approve, string decisionNumber, string decisionDate) =>
        DecideAsync(caller, approve ? ProposalAction.Approve : ProposalAction.Reject,
            $"Quyết định tổng kết năm số {decisionNumber} ngày {decisionDate}", $"year-end:{decisionNumber}", decisionDate);

    /// <param name="yearEndDecisionDate">The day of the year-end decision that decides the proposal; null for a decision of its own, dated today.
    /// The plan that sends a year-end decision has recorded the outcome already and is waiting on this call, so it is not told.</param>
    private async Task<Outcome<ProposalInfo>> DecideAsync(Caller caller, ProposalAction action, string? reason, string? clientMutationId, string? yearEndDecisionDate)
    {
        if (state.State.Proposal is not { } proposal)
        {
            return Outcome<ProposalInfo>.Failure(new DomainError(ErrorCodes.NotFound, "Không tìm thấy đề xuất.", "proposalId"));
        }

        if (action is ProposalAction.Submit or ProposalAction.Resubmit)
        {
            return Outcome<ProposalInfo>.Failure(DomainError.Validation("Gửi lại đề xuất bằng chức năng gửi đề xuất.", "action"));
        }

        var (chain, position) = (proposal.ApprovalChain, proposal.Position);
        if (chain.Authorize(caller.Scope, position, action, proposal.ProvinceCode, proposal.ScopeDistrictCode, proposal.CommuneCode) is { } refused)
        {
            return Outcome<ProposalInfo>.Failure(refused);
        }

        // The API checks the same; a direct call must not store what it refuses.
        if (ClientMutationId.CheckInput(reason, clientMutationId, "reason") is { } refusedInput)
        {
            return Outcome<ProposalInfo>.Failure(refusedInput);
        }

        // A retry after a lost answer: the caller's step is already recorded, so it gets the proposal, not CONFLICT.
        if (!string.IsNullOrEmpty(clientMutationId)
            && proposal.History.Any(e => e.ClientMutationId == clientMutationId && e.ActorId == caller.UserId && e.Action == action))
        {
            return Outcome<ProposalInfo>.Success(_info.Of(proposal)!);
        }

        if (proposal.Status is RemovalProposalStatus.Approved or RemovalProposalStatus.Rejected or RemovalProposalStatus.Withdrawn)
        {
            var last = proposal.History[^1];
            return Outcome<ProposalInfo>.Failure(new DomainError(ErrorCodes.Conflict,
                $"Đề xuất đã ở trạng thái \"{ProposalWorkflow.Describe(proposal.Status)}\" ({last.ActorName}, {last.At:dd/MM/yyyy HH:mm} UTC); không thể {ProposalWorkflow.Describe(action).ToLowerInvariant()} nữa."));
        }

        var next = chain.Transition(position, action, reason);
        if (!next.IsSuccess)
        {
            return Outcome<ProposalInfo>.Failure(next.Errors);
        }

        var now = clock.GetUtcNow();
        var role = chain.RoleFor(position, action);
        state.State.Proposal = proposal with
        {
            Status = next.Value.Status,
            Chain = [.. chain.Steps.Select(StoredChainStep.From)],
            Step = next.Value.Step,
            History = [.. proposal.History, Event(caller, role, action, next.Value.Status, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()) with { ClientMutationId = clientMutationId }],
            Version = proposal.Version + 1,
            DecisionDate = action is ProposalAction.Approve or ProposalAction.Reject
                ? yearEndDecisionDate ?? DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd")
                : proposal.DecisionDate,
        };
        state.State.EffectsPending = true;
        await state.WriteStateAsync();
        await PublishAsync(tellPlan: yearEndDecisionDate is null);
        return Outcome<ProposalInfo>.Success(_info.Of(state.State.Proposal)!);
    }

    private async Task PublishAsync(bool tellPlan = true)
    {
        var proposal = state.State.Proposal!;
        var designation = proposal.Status switch
        {
            RemovalProposalStatus.Submitted or RemovalProposalStatus.Endorsed => DesignationStatus.Proposed,
            RemovalProposalStatus.Approved => DesignationStatus.Removed,
            _ => DesignationStatus.Designated,
        };
        if (tellPlan)
        {
            await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(proposal.ProvinceCode, proposal.Year, proposal.Track))
                .RecordProposalOutcomeAsync(proposal.CommuneCode, Id, designation, designation == DesignationStatus.Removed ? proposal.DecisionDate : null);
        }

        await grains.GetGrain<IProvinceProposalsGrain>(proposal.ProvinceCode).UpsertAsync(new ProposalSummary(
            Id, proposal.DistrictCode, proposal.CommuneCode, proposal.Year, proposal.Status, proposal.Version, proposal.History[^1].At, proposal.Track));
        state.State.EffectsPending = false;
        await state.WriteStateAsync();
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static StoredProposalEvent Event(Caller caller, string requiredRole, ProposalAction action, RemovalProposalStatus status, DateTimeOffset at, string? reason) =>
        new(action, status, caller.UserId, caller.DisplayName, caller.RoleFor(requiredRole), at, reason, ClientMutationId: null);

    [GenerateSerializer, Alias("ChuyenHoa.RemovalProposalGrain.State")]
    public sealed class State
    {
        /// <summary>
        /// The proposal as 45cb814 and earlier stored it, in the API's record (whose lists the stored bytes name by type,
        /// so it loads only as that): moved to <see cref="Proposal"/> on activation, never written again.
        /// </summary>
        [Id(0)] public ProposalInfo? LegacyProposal { get; set; }

        /// <summary>How many submissions (first and after each return) this proposal has taken.</summary>
        [Id(1)] public int Attempts { get; set; }

        /// <summary>True between persisting a transition and telling the plan and the province list about it.</summary>
        [Id(2)] public bool EffectsPending { get; set; }

        /// <summary>The proposal; null until it is first submitted.</summary>
        [Id(3)] public StoredProposal? Proposal { get; set; }
    }
}
