using System.Globalization;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Grains.Conversion;

public sealed class ConversionPlanGrain(
    [PersistentState("plan", StorageNames.Documents)] IPersistentState<ConversionPlanGrain.State> state,
    IGrainFactory grains,
    TimeProvider clock,
    ILogger<ConversionPlanGrain> logger) : Grain, IConversionPlanGrain
{
    /// <summary>Applies a recorded year-end decision again until every proposal and the next plan have taken it in.</summary>
    private IGrainTimer? _applyRetry;

    private PlanInfo? _description;

    private (string Province, int Year, ProgrammeTrack Track) Key =>
        IConversionPlanGrain.ParseKey(this.GetPrimaryKeyString()) ?? throw new InvalidOperationException($"Not a plan key: {this.GetPrimaryKeyString()}.");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.LegacyInput is { } legacy)
        {
            // Stored by 45cb814 or earlier; taken over here and written in the new shape with the next change.
            state.State.Input = StoredPlan.From(legacy);
            state.State.LegacyInput = null;
        }

        if (state.State.YearEndDecision is { Applied: false })
        {
            // The decision was recorded but a proposal or the next plan may not have taken it in. A timer, not a call from
            // here: the request that activated this grain may come from a grain it is about to call.
            ScheduleApplyRetry();
        }

        return Task.CompletedTask;
    }

    public Task<PlanInfo?> GetAsync() => Task.FromResult(Describe());

    public async Task<Outcome<PlanInfo>> CreateAsync(Caller caller, CreatePlanInput input, string? idempotencyKey)
    {
        var (province, year, track) = Key;
        if (!caller.Scope.CanManagePlans(province))
        {
            return Outcome<PlanInfo>.Failure(DomainError.Forbidden);
        }

        // The API checks the same; a direct call must not store what it refuses.
        if (ClientMutationId.CheckInput(input, idempotencyKey) is { } refusedInput)
        {
            return Outcome<PlanInfo>.Failure(refusedInput);
        }

        if (state.State.Input is { } existing)
        {
            // The key is its creator's alone (in plans stored before creators were recorded by id, the creator's name tells).
            var creatorsKey = state.State.CreatorId is { } creatorId ? creatorId == caller.UserId : state.State.CreatedBy == caller.DisplayName;
            var sameRequest = idempotencyKey is not null && idempotencyKey == state.State.CreationKey && creatorsKey;
            return sameRequest || existing.IsSameAs(input)
                ? Outcome<PlanInfo>.Success(Describe()!)
                : Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.Conflict,
                    $"Tỉnh đã có kế hoạch chuyển hóa năm {year} (Quyết định số {existing.DecisionNumber}); không tạo kế hoạch thứ hai cho cùng năm.", "year"));
        }

        if (input.Year != year)
        {
            return Outcome<PlanInfo>.Failure(DomainError.Validation($"Năm của kế hoạch ({input.Year}) khác năm được yêu cầu ({year}).", "year"));
        }

        if (input.Track != track)
        {
            return Outcome<PlanInfo>.Failure(DomainError.Validation(
                $"Kế hoạch thuộc danh sách \"{ProgrammeTracks.NameOf(input.Track)}\" khác danh sách được yêu cầu (\"{ProgrammeTracks.NameOf(track)}\").", "track"));
        }

        if (DesignationErrors(input) is { Count: > 0 } designationErrors)
        {
            return Outcome<PlanInfo>.Failure(designationErrors);
        }

        var validated = ConversionPlanRules.Create(IndicatorCatalog.Standard, new ConversionPlanDraft(
            province, input.Year, input.DecisionNumber, input.DecisionDate, input.CommuneCodes,
            [.. input.RemovalCriteria.Select(c => c.ToDraft())]));
        if (!validated.IsSuccess)
        {
            return Outcome<PlanInfo>.Failure(validated.Errors);
        }

        var outside = await CommunesOutsideProvinceAsync(province, ConversionPlanRules.EditionOf(input.DecisionDate), input.CommuneCodes);
        if (outside.Count > 0)
        {
            return Outcome<PlanInfo>.Failure(outside);
        }

        state.State.Input = StoredPlan.From(input with { IssuedBy = string.IsNullOrWhiteSpace(input.IssuedBy) ? $"UBND tỉnh {province}" : input.IssuedBy.Trim() });
        state.State.CreationKey = idempotencyKey;
        state.State.CreatedBy = caller.DisplayName;
        state.State.CreatorId = caller.UserId;
        state.State.CreatedAt = clock.GetUtcNow();
        state.State.Designations = input.CommuneCodes.ToDictionary(c => c, _ => new Designation(), StringComparer.Ordinal);
        state.State.DraftedFrom = input.DraftedFrom;
        await WriteStateAsync();
        await grains.GetGrain<ITenantGrain>(province).AddPlanAsync(year, track);
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task<Outcome<ProposalSubmission>> PrepareProposalAsync(Caller caller, ProposalInput input, string? idempotencyKey)
    {
        var (province, year, track) = Key;
        if (state.State.Input is not { } plan)
        {
            return Outcome<ProposalSubmission>.Failure(new DomainError(ErrorCodes.NotFound, $"Tỉnh chưa có kế hoạch chuyển hóa năm {year}.", "year"));
        }

        var edition = ConversionPlanRules.EditionOf(plan.DecisionDate);
        var unit = await UnitOfAsync(edition, input.CommuneCode);
        if (unit is not { Level: UnitLevel.Commune } || unit.ProvinceCode != province)
        {
            return Outcome<ProposalSubmission>.Failure(new DomainError(ErrorCodes.NotFound, $"Không tìm thấy xã mã \"{input.CommuneCode}\" trong tỉnh.", "communeCode"));
        }

        // In the two-level structure a commune's parent is the province itself, which then stands in the district's place.
        var district = unit.ParentCode ?? province;
        var scopeDistrict = unit.Level == UnitLevel.Commune && district != province ? district : null;
        var chain = await ApprovalChains.ForAsync(grains, province, edition);
        if (chain.Authorize(caller.Scope, null, ProposalAction.Submit, province, scopeDistrict, input.CommuneCode) is { } refused)
        {
            return Outcome<ProposalSubmission>.Failure(refused);
        }

        if (ClientMutationId.CheckInput(input, idempotencyKey) is { } refusedInput)
        {
            return Outcome<ProposalSubmission>.Failure(refusedInput);
        }

        if (idempotencyKey is not null && await KnownSubmissionAsync(new SubmissionKey(caller.UserId, input.CommuneCode, idempotencyKey)) is { } known)
        {
            // A retry: the same reservation, so the proposal recognises the submission it already took.
            return Outcome<ProposalSubmission>.Success(Submission(known.ProposalId, known.Attempt));
        }

        if (!state.State.Designations.TryGetValue(input.CommuneCode, out var designation))
        {
            return Outcome<ProposalSubmission>.Failure(DomainError.Validation(
                $"{unit.FullName} không có trong kế hoạch chuyển hóa năm {year} (Quyết định số {plan.DecisionNumber}); chỉ đề xuất được cho xã thuộc kế hoạch.", "communeCode"));
        }

        if (state.State.YearEndDecision is { } closed)
        {
            return Outcome<ProposalSubmission>.Failure(DomainError.InvalidState(
                $"Kế hoạch năm {year} đã được tổng kết bằng Quyết định số {closed.DecisionNumber}; không nhận thêm đề xuất cho năm này."));
        }

        var errors = ValidateProposal(input, plan);
        if (errors.Count > 0)
        {
            return Outcome<ProposalSubmission>.Failure(errors);
        }

        var (proposalId, attempt, proposing) = (Guid.NewGuid(), 1, chain);
        if (designation.ProposalId is { } current && await grains.GetGrain<IRemovalProposalGrain>(current).GetAsync() is { } currentProposal)
        {
            switch (currentProposal.Status)
            {
                case RemovalProposalStatus.Submitted or RemovalProposalStatus.Endorsed:
                    return Outcome<ProposalSubmission>.Failure(new DomainError(ErrorCodes.Conflict,
                        $"{unit.FullName} đã có đề xuất đang chờ xem xét; rút đề xuất đó trước khi gửi đề xuất mới.", "communeCode"));
                case RemovalProposalStatus.Approved:
                    return Outcome<ProposalSubmission>.Failure(DomainError.InvalidState($"{unit.FullName} đã được đưa ra khỏi diện chuyển hóa năm {year}."));
                case RemovalProposalStatus.Returned:
                    (proposalId, attempt) = (current, currentProposal.History.Count(e => e.Action is ProposalAction.Submit or ProposalAction.Resubmit) + 1);
                    // A resubmission goes on under the chain the proposal was first submitted under.
                    proposing = ApprovalChain.Create([.. currentProposal.Chain!.Select(s => s.ToStep())]).Value;
                    break;
            }
        }

        if (proposing.MissingDocuments(attempt == 1 ? ProposalAction.Submit : ProposalAction.Resubmit, input.Evidence.Select(e => e.Type)) is { } missing)
        {
            return Outcome<ProposalSubmission>.Failure(missing);
        }

        if (idempotencyKey is not null)
        {
            state.State.SubmissionKeys[new SubmissionKey(caller.UserId, input.CommuneCode, idempotencyKey)] = new ProposalKey(proposalId, attempt);
        }

        designation.ProposalId = proposalId;
        await WriteStateAsync();
        return Outcome<ProposalSubmission>.Success(Submission(proposalId, attempt));

        ProposalSubmission Submission(Guid id, int number) => new(id, province, district, year, input, number, plan.CriteriaInput, edition.Id, track);
    }

    public async Task<Outcome<ProposalSnapshot>> PreviewProposalAsync(Caller caller, string communeCode, IReadOnlyList<AttestationInput> attestations)
    {
        var (province, year, _) = Key;
        var notFound = Outcome<ProposalSnapshot>.Failure(new DomainError(ErrorCodes.NotFound, $"Không tìm thấy xã mã \"{communeCode}\" trong kế hoạch năm {year}.", "communeCode"));
        if (state.State.Input is not { } plan || !state.State.Designations.ContainsKey(communeCode))
        {
            return notFound;
        }

        // The plan's edition, as a submission takes the snapshot: the commune's figures are in that edition's grain.
        var edition = ConversionPlanRules.EditionOf(plan.DecisionDate);
        var unit = await UnitOfAsync(edition, communeCode);
        var district = unit?.ParentCode is { } parent && parent != province ? parent : null;
        if (unit is not { Level: UnitLevel.Commune } || unit.ProvinceCode != province || !caller.Scope.CanReadCommune(province, district, communeCode))
        {
            return notFound;
        }

        var criteria = CriterionInput.Resolve(plan.CriteriaInput);
        var attested = Attestation.Create(criteria, [.. attestations.Select(a => new Attestation(a.Fact, a.Holds, a.Note))]);
        return attested.IsSuccess
            ? Outcome<ProposalSnapshot>.Success(await ProposalSnapshots.TakeAsync(
                grains, UnitKey.Of(edition, communeCode)?.StorageKey ?? communeCode, year, criteria, attested.Value, clock.GetUtcNow()))
            : Outcome<ProposalSnapshot>.Failure(attested.Errors);
    }

    public async Task<Outcome<PlanInfo>> ConfirmCarriedOverAsync(Caller caller, string communeCode, bool keep)
    {
        var (province, year, track) = Key;
        if (!caller.Scope.CanManagePlans(province))
        {
            return Outcome<PlanInfo>.Failure(DomainError.Forbidden);
        }

        var code = communeCode.Trim();
        if (ConversionPlanRules.CommuneCodeError(code, "communeCode") is { } malformed)
        {
            return Outcome<PlanInfo>.Failure(malformed);
        }

        if (state.State.Input is not { } plan)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound, $"Tỉnh chưa có kế hoạch chuyển hóa năm {year}.", "year"));
        }

        if (CarriedDesignations(plan).FirstOrDefault(c => c.CommuneCode == code) is not { } carried)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound,
                $"Mã xã \"{code}\" không phải là xã mới nhận chỉ định của kế hoạch năm {year} (Quyết định số {plan.DecisionNumber}) khi sắp xếp đơn vị hành chính.",
                "communeCode"));
        }

        if (!carried.NeedsConfirmation)
        {
            return Outcome<PlanInfo>.Failure(DomainError.InvalidState(
                $"Xã mã {code} nhận toàn bộ địa bàn đã chỉ định nên tiếp tục được chỉ định; không cần tỉnh xác nhận."));
        }

        var successor = state.State.Successors.GetValueOrDefault(code);
        if (successor?.Kept is { } answered)
        {
            return answered == keep
                ? Outcome<PlanInfo>.Success(Describe()!)
                : Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.Conflict,
                    $"Tỉnh đã {(answered ? "xác nhận giữ" : "không giữ")} chỉ định của xã mã {code}; không đổi lại được.", "keep"));
        }

        var designation = successor ?? new Designation();
        designation.Kept = keep;
        state.State.Successors[code] = designation;
        await WriteStateAsync();
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task<Outcome<PlanInfo>> IssueYearEndDecisionAsync(Caller caller, YearEndDecisionInput input, string? idempotencyKey)
    {
        var (province, year, track) = Key;
        if (!caller.Scope.CanManagePlans(province))
        {
            return Outcome<PlanInfo>.Failure(DomainError.Forbidden);
        }

        if (ClientMutationId.CheckInput(input, idempotencyKey) is { } refusedInput)
        {
            return Outcome<PlanInfo>.Failure(refusedInput);
        }

        if (state.State.Input is not { } plan)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound, $"Tỉnh chưa có kế hoạch chuyển hóa năm {year}.", "year"));
        }

        if (state.State.YearEndDecision is { } recorded)
        {
            // The same decision again (a retry, whoever sends it) returns the plan; another one, even under the same key, is refused.
            return recorded.DecisionNumber == input.DecisionNumber.Trim() && recorded.DecisionDate == input.DecisionDate.Trim()
                ? Outcome<PlanInfo>.Success(Describe()!)
                : Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.Conflict,
                    $"Kế hoạch năm {year} đã được tổng kết bằng Quyết định số {recorded.DecisionNumber} ngày {recorded.DecisionDate}; không ghi quyết định thứ hai.", "decisionNumber"));
        }

        var open = OwnAndAddedCommunes(plan).Where(c => state.State.Designations[c].Status is DesignationStatus.Designated or DesignationStatus.Proposed).ToArray();
        var proposals = new Dictionary<string, ProposalInfo>(StringComparer.Ordinal);
        foreach (var code in open)
        {
            if (state.State.Designations[code].ProposalId is { } id && await grains.GetGrain<IRemovalProposalGrain>(id).GetAsync() is { } proposal)
            {
                proposals[code] = proposal;
            }
        }

        var validated = YearEndDecisionRules.Create(
            new YearEndDecisionDraft(year, track, input.DecisionNumber, input.DecisionDate, input.Signer, input.IssuedBy, input.Removed, input.Continuing,
                [.. input.NewlyDesignated.Select(d => new DesignationDraft(d.CommuneCode, d.Types))]),
            province, open, proposals.Where(p => Decidable(caller, p.Value, ProposalAction.Approve)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal));
        if (!validated.IsSuccess)
        {
            return Outcome<PlanInfo>.Failure(validated.Errors);
        }

        var decision = validated.Value;
        var decisionDate = decision.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(province, year + 1, track)).GetAsync() is { } existingNext)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.Conflict,
                $"Tỉnh đã có kế hoạch năm {year + 1} (Quyết định số {existingNext.DecisionNumber}), trong khi quyết định tổng kết lập kế hoạch năm sau từ các xã tiếp tục chuyển hóa và xã mới chỉ định.",
                "decisionNumber"));
        }

        var nextEdition = ConversionPlanRules.EditionOf(decisionDate);
        var outside = await CommunesOutsideProvinceAsync(province, nextEdition, [.. decision.NewlyDesignated.Select(d => d.CommuneCode)]);
        if (outside.Count > 0)
        {
            return Outcome<PlanInfo>.Failure(outside.Select(e => e with { Field = e.Field?.Replace("communeCodes", "newlyDesignated", StringComparison.Ordinal) }));
        }

        // One write decides every designation of the year: readers see all of the decision or none of it.
        foreach (var code in decision.Removed)
        {
            state.State.Designations[code].Status = DesignationStatus.Removed;
            state.State.Designations[code].RemovedFrom = decisionDate;
        }

        foreach (var code in decision.Continuing)
        {
            state.State.Designations[code].Status = DesignationStatus.Continuing;
        }

        var decided = decision.Removed.Select(code => new DecidedProposal(proposals[code].Id, true))
            .Concat(decision.Continuing.Where(code => proposals.TryGetValue(code, out var p) && Decidable(caller, p, ProposalAction.Reject))
                .Select(code => new DecidedProposal(proposals[code].Id, false)));
        state.State.YearEndDecision = new StoredYearEndDecision(
            decision.DecisionNumber, decisionDate, decision.Signer, decision.IssuedBy, [.. decision.Removed], [.. decision.Continuing],
            [.. decision.NewlyDesignated.Select(d => new DesignationTypesInput(d.CommuneCode, d.Types))], [.. decided],
            [.. NextPlanDesignations(plan, decision, nextEdition)], caller.DisplayName, caller.UserId, clock.GetUtcNow(), idempotencyKey, Applied: false);
        state.State.YearEndCaller = caller;
        await WriteStateAsync();
        await ApplyYearEndDecisionAsync();
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task<IReadOnlyList<MonitoringInfo>> GetMonitoringAsync()
    {
        if (Describe() is not { } plan)
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var monitored = new List<MonitoringInfo>();
        foreach (var designation in plan.Designations.Where(d => d.EditionId is null && d.RemovedFrom is not null))
        {
            if (await MonitorAsync(plan, designation, today) is { } result)
            {
                monitored.Add(new MonitoringInfo(
                    designation.CommuneCode, designation.RemovedFrom!, result.Window.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), result.Active,
                    [.. result.MonthsReported.Select(m => m.ToString())], result.Breached, [.. result.Evaluations.Select(CriterionResultInfo.Of)], designation.RelapsedOn is not null));
            }
        }

        return monitored;
    }

    public async Task<Outcome<PlanInfo>> DesignateAgainAsync(Caller caller, string communeCode, string reason)
    {
        var (province, year, track) = Key;
        if (!caller.Scope.CanManagePlans(province))
        {
            return Outcome<PlanInfo>.Failure(DomainError.Forbidden);
        }

        var code = communeCode.Trim();
        if ((ClientMutationId.CheckInput(reason, null, "reason") ?? ConversionPlanRules.CommuneCodeError(code, "communeCode")) is { } refusedInput)
        {
            return Outcome<PlanInfo>.Failure(refusedInput);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<PlanInfo>.Failure(DomainError.Validation("Cần ghi lý do chỉ định lại: số liệu nào vi phạm tiêu chí trong thời gian theo dõi.", "reason"));
        }

        if (Describe() is not { } plan)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound, $"Tỉnh chưa có kế hoạch chuyển hóa năm {year}.", "year"));
        }

        if (state.State.Designations.GetValueOrDefault(code) is not { } designation || plan.Designations.FirstOrDefault(d => d.CommuneCode == code && d.EditionId is null) is not { } info)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound, $"Xã mã {code} không có trong kế hoạch chuyển hóa năm {year}.", "communeCode"));
        }

        if (designation.RelapsedOn is not null)
        {
            return Outcome<PlanInfo>.Success(plan);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (designation.Status != DesignationStatus.Removed || await MonitorAsync(plan, info, today) is not { } monitoring)
        {
            return Outcome<PlanInfo>.Failure(DomainError.InvalidState($"Xã mã {code} chưa được đưa ra khỏi diện chuyển hóa năm {year} nên không chỉ định lại được."));
        }

        if (!monitoring.Active)
        {
            return Outcome<PlanInfo>.Failure(DomainError.InvalidState(
                $"Xã mã {code} đã hết thời gian theo dõi (đến {monitoring.Window.Until:dd/MM/yyyy}); muốn chỉ định lại, đưa xã vào kế hoạch của năm mới."));
        }

        if (!monitoring.Breached)
        {
            return Outcome<PlanInfo>.Failure(DomainError.InvalidState(
                $"Số liệu của xã mã {code} trong thời gian theo dõi chưa vi phạm tiêu chí nào nên chưa chỉ định lại được."));
        }

        // Once the year is over or decided, the commune goes on the list of the year that follows.
        if (state.State.YearEndDecision is not null || today.Year > year)
        {
            // The next plan first: if this grain fails before recording the relapse, a retry adds nothing twice there.
            var added = await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(province, Math.Max(year + 1, today.Year), track))
                .AddDesignatedAgainAsync(caller, code, year, info.Types ?? [ProgrammeTracks.DefaultTypeOf(track)]);
            if (!added.Succeeded)
            {
                return Outcome<PlanInfo>.Failure(added.Errors);
            }
        }
        else
        {
            designation.Status = DesignationStatus.Designated;
            designation.ProposalId = null;
            designation.DesignatedAgainFrom = year;
        }

        designation.RelapsedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        designation.RelapseReason = reason.Trim();
        await WriteStateAsync();
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task<Outcome<PlanInfo>> AddDesignatedAgainAsync(Caller caller, string communeCode, int removedFromYear, IReadOnlyList<DesignationKind> types)
    {
        var (province, year, _) = Key;
        if (!caller.Scope.CanManagePlans(province))
        {
            return Outcome<PlanInfo>.Failure(DomainError.Forbidden);
        }

        if (state.State.Input is not { } plan)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound,
                $"Tỉnh chưa có kế hoạch chuyển hóa năm {year}: tạo kế hoạch năm {year} trước rồi chỉ định lại xã.", "year"));
        }

        if (state.State.Designations.ContainsKey(communeCode))
        {
            // Already on this year's list (designated again before, or continuing): nothing to add.
            return Outcome<PlanInfo>.Success(Describe()!);
        }

        if ((await CommunesOutsideProvinceAsync(province, ConversionPlanRules.EditionOf(plan.DecisionDate), [communeCode])).Count > 0)
        {
            return Outcome<PlanInfo>.Failure(new DomainError(ErrorCodes.NotFound,
                $"Xã mã {communeCode} không còn trong danh mục đơn vị hành chính của kế hoạch năm {year}; chỉ định xã mới thay thế trong kế hoạch.", "communeCode"));
        }

        state.State.Designations[communeCode] = new Designation { DesignatedAgainFrom = removedFromYear, Types = [.. types] };
        state.State.AddedCommunes.Add(communeCode);
        await WriteStateAsync();
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task RecordProposalOutcomeAsync(string communeCode, Guid proposalId, DesignationStatus status, string? removedFrom)
    {
        // The year-end decision set every outcome of the year itself; what its proposals report afterwards repeats it.
        if (state.State.YearEndDecision is not null
            || !state.State.Designations.TryGetValue(communeCode, out var designation)
            || (designation.ProposalId is { } current && current != proposalId)
            || (designation.Status == status && designation.RemovedFrom == removedFrom && designation.ProposalId == proposalId))
        {
            return;
        }

        designation.ProposalId = proposalId;
        designation.Status = status;
        designation.RemovedFrom = removedFrom;
        await WriteStateAsync();
    }

    /// <summary>
    /// The reservation an earlier submission with this key made, if the same caller sent it for the same commune. The
    /// same key from anyone else, or for another commune, is a new request: keys are chosen by clients and may repeat, and
    /// answering CONFLICT would tell a caller that someone else used the key.
    /// </summary>
    private async Task<ProposalKey?> KnownSubmissionAsync(SubmissionKey key)
    {
        if (state.State.SubmissionKeys.TryGetValue(key, out var known))
        {
            return known;
        }

        // Stored before keys were scoped: the key belongs to whoever made that submission of the proposal, for its commune.
        if (!state.State.UnscopedProposalKeys.TryGetValue(key.ClientMutationId, out var unscoped)
            || await grains.GetGrain<IRemovalProposalGrain>(unscoped.ProposalId).GetAsync() is not { } proposal
            || proposal.CommuneCode != key.CommuneCode)
        {
            return null;
        }

        var submitter = proposal.History.Where(e => e.Action is ProposalAction.Submit or ProposalAction.Resubmit).ElementAtOrDefault(unscoped.Attempt - 1)?.ActorId;
        return submitter == key.UserId ? unscoped : null;
    }

    private static List<DomainError> ValidateProposal(ProposalInput input, StoredPlan plan)
    {
        var errors = new List<DomainError>();
        var conference = ReviewConference.Create(input.ConferenceDate, input.ConferenceChair, input.ConferenceAttendance, input.ConferenceSummary);
        errors.AddRange(conference.Errors);
        if (conference.IsSuccess && string.CompareOrdinal(input.ConferenceDate, plan.DecisionDate) < 0)
        {
            errors.Add(DomainError.Validation(
                $"Ngày hội nghị tổng kết ({input.ConferenceDate}) trước ngày ban hành kế hoạch ({plan.DecisionDate}).", "conferenceDate"));
        }

        if (string.IsNullOrWhiteSpace(input.Assessment))
        {
            errors.Add(DomainError.Validation("Cần nhập đánh giá của Ban Chỉ đạo huyện về tình hình của xã.", "assessment"));
        }

        errors.AddRange(Attestation.Create(CriterionInput.Resolve(plan.CriteriaInput), input.ToAttestations()).Errors);
        foreach (var (document, index) in input.Evidence.Select((d, i) => (d, i)))
        {
            errors.AddRange(EvidenceDocument.Create(document.FileName, document.ContentType, document.Content, document.Type, document.Number, document.Date).Errors
                .Select(e => e with { Field = $"evidence[{index}].{e.Field}" }));
        }

        return errors;
    }

    /// <summary>
    /// Sends the recorded year-end decision on to the proposals it decides and drafts the next year's plan; each step is
    /// idempotent, so a retry after a failure repeats nothing.
    /// </summary>
    private async Task ApplyYearEndDecisionAsync()
    {
        if (state.State.YearEndDecision is not { Applied: false } decision || state.State.YearEndCaller is not { } caller || state.State.Input is not { } plan)
        {
            return;
        }

        var (province, year, track) = Key;
        try
        {
            foreach (var proposal in decision.Proposals)
            {
                // A refusal means the proposal moved on since (withdrawn, say): the decision still stands for the designation.
                await grains.GetGrain<IRemovalProposalGrain>(proposal.ProposalId).DecideByYearEndAsync(caller, proposal.Approve, decision.DecisionNumber, decision.DecisionDate);
            }

            if (decision.NextPlan.Length > 0)
            {
                // Refused only if the next plan was entered meanwhile: that plan then stands, as the province entered it.
                await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(province, year + 1, track)).CreateAsync(caller, new CreatePlanInput(
                    year + 1, decision.DecisionNumber, decision.DecisionDate, decision.IssuedBy, [.. decision.NextPlan.Select(d => d.CommuneCode)], plan.CriteriaInput,
                    track, [.. decision.NextPlan], plan.MonitoringMonths, decision.DecisionNumber), $"year-end:{this.GetPrimaryKeyString()}");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The decision is recorded, so acknowledged: a proposal or the next plan that could not take it in now (its storage,
            // a silo going down) is asked again, with the same idempotent calls, until all have.
            logger.LogWarning(e, "Year-end decision {DecisionNumber} of plan {PlanKey} is recorded but not applied yet; trying again", decision.DecisionNumber, this.GetPrimaryKeyString());
            ScheduleApplyRetry();
            return;
        }

        state.State.YearEndDecision = decision with { Applied = true };
        state.State.YearEndCaller = null;
        await WriteStateAsync();
        _applyRetry?.Dispose();
        _applyRetry = null;
    }

    private void ScheduleApplyRetry() =>
        _applyRetry ??= this.RegisterGrainTimer(ApplyYearEndDecisionAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));

    /// <summary>
    /// Next year's list: the continuing communes (their successors when the decision falls under another edition than the
    /// plan's) with their types, then the new ones.
    /// </summary>
    private IEnumerable<DesignationTypesInput> NextPlanDesignations(StoredPlan plan, YearEndDecision decision, DivisionEdition nextEdition)
    {
        var mapped = ConversionPlanRules.EditionOf(plan.DecisionDate) == nextEdition
            ? decision.Continuing.Select(code => (Code: code, Types: TypesOf(plan, code)))
            : decision.Continuing.SelectMany(code => EditionMapping.From2024To2025.SuccessorsOf(code).Select(s => (s.Code, Types: TypesOf(plan, code))));
        return mapped.Concat(decision.NewlyDesignated.Select(d => (Code: d.CommuneCode, d.Types)))
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .Select(g => new DesignationTypesInput(g.Key, [.. g.SelectMany(d => d.Types).Distinct().Order()]));
    }

    private IReadOnlyList<DesignationKind> TypesOf(StoredPlan plan, string code) =>
        state.State.Designations.GetValueOrDefault(code)?.Types is { Length: > 0 } types ? types : plan.TypesOf(code);

    private IEnumerable<string> OwnAndAddedCommunes(StoredPlan plan) => plan.CommuneCodes.Concat(state.State.AddedCommunes);

    /// <summary>Whether <paramref name="caller"/> may take <paramref name="action"/> on the proposal where it stands.</summary>
    private static bool Decidable(Caller caller, ProposalInfo proposal, ProposalAction action)
    {
        if (proposal.Status is not (RemovalProposalStatus.Submitted or RemovalProposalStatus.Endorsed) || proposal.Chain is not { } steps)
        {
            return false;
        }

        var chain = ApprovalChain.Create([.. steps.Select(s => s.ToStep())]).Value;
        var position = new ProposalPosition(proposal.Status, proposal.CurrentStep);
        var district = proposal.DistrictCode == proposal.ProvinceCode ? null : proposal.DistrictCode;
        return chain.Authorize(caller.Scope, position, action, proposal.ProvinceCode, district, proposal.CommuneCode) is null
            && chain.Transition(position, action, "Quyết định tổng kết năm").IsSuccess;
    }

    /// <summary>How a removed commune's figures stand over its monitoring months so far; null when it was not removed.</summary>
    private async Task<MonitoringResult?> MonitorAsync(PlanInfo plan, DesignationInfo designation, DateOnly today)
    {
        if (!IsoDate.TryParse(designation.RemovedFrom, out var removedFrom))
        {
            return null;
        }

        var values = await grains.GetGrain<IUnitIndicatorsGrain>(plan.KeyOf(designation).StorageKey).GetMonthlyValuesAsync();
        var monthly = values.GroupBy(v => v.Indicator, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<Period, long>)g.ToDictionary(v => Period.Parse(v.Month), v => v.Value), StringComparer.Ordinal);
        return MonitoringEvaluator.Evaluate(
            IndicatorCatalog.Standard, CriterionInput.Resolve(state.State.Input!.CriteriaInput), new MonitoringWindow(removedFrom, plan.MonitoringMonths), monthly, today);
    }

    private static List<DomainError> DesignationErrors(CreatePlanInput input)
    {
        var errors = new List<DomainError>();
        if (input.MonitoringMonths is { } months && months is < 1 or > MonitoringWindow.MaxMonths)
        {
            errors.Add(DomainError.Validation(
                $"Thời gian theo dõi sau khi đưa ra khỏi diện là {months} tháng, không hợp lệ: từ 1 đến {MonitoringWindow.MaxMonths} tháng (mặc định {MonitoringWindow.DefaultMonths}).",
                "monitoringMonths"));
        }

        var entries = input.DesignationTypes ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            if (!input.CommuneCodes.Contains(entries[i].CommuneCode))
            {
                errors.Add(DomainError.Validation($"Xã mã {entries[i].CommuneCode} được ghi loại địa bàn nhưng không có trong danh sách xã của kế hoạch.", $"designationTypes[{i}].communeCode"));
            }

            errors.AddRange(DesignationKinds.Check(input.Track, entries[i].Types, $"designationTypes[{i}].types").Errors);
        }

        foreach (var twice in entries.GroupBy(e => e.CommuneCode, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(DomainError.Validation($"Loại địa bàn của xã mã {twice.Key} được ghi {twice.Count()} lần: ghi một lần với đủ các loại.", "designationTypes"));
        }

        return errors;
    }

    private async Task<UnitInfo?> UnitOfAsync(DivisionEdition edition, string code) =>
        UnitKey.Of(edition, code) is { } key ? await grains.GetGrain<IAdministrativeUnitGrain>(key.StorageKey).GetAsync() : null;

    /// <param name="edition">The edition the plan names communes of: the same code in another edition is another commune.</param>
    private async Task<List<DomainError>> CommunesOutsideProvinceAsync(string province, DivisionEdition edition, IReadOnlyList<string> communeCodes)
    {
        var units = await Task.WhenAll(communeCodes.Select(code => UnitOfAsync(edition, code)));
        return communeCodes.Zip(units)
            .Select((pair, index) => (pair.First, pair.Second, index))
            .Where(c => c.Second is not { Level: UnitLevel.Commune } || c.Second.ProvinceCode != province)
            .Select(c => DomainError.Validation($"Mã \"{c.First}\" không phải là xã, phường, thị trấn của tỉnh {province}.", $"communeCodes[{c.index}]"))
            .ToList();
    }

    /// <summary>Every change of the plan is followed by a write, so a write is where its description goes out of date.</summary>
    private Task WriteStateAsync()
    {
        _description = null;
        return state.WriteStateAsync();
    }

    /// <summary>The plan as its readers see it, built once per change: every report of a commune asks for it.</summary>
    private PlanInfo? Describe() => _description ??= DescribeState();

    private PlanInfo? DescribeState()
    {
        if (state.State.Input is not { } input)
        {
            return null;
        }

        var (province, year, track) = Key;
        return new PlanInfo(
            province, year, input.DecisionNumber, input.DecisionDate, input.IssuedBy,
            [.. CriterionInput.Resolve(input.CriteriaInput).Select(CriterionInfo.Of)],
            [
                .. input.CommuneCodes.Select(code => Describe(code, year, state.State.Designations[code], TypesOf(input, code))),
                .. CarriedDesignations(input).Select(carried => Describe(carried, year, state.State.Successors.GetValueOrDefault(carried.CommuneCode) ?? new Designation())
                    with { Types = [.. carried.CarriedFrom.SelectMany(link => input.TypesOf(link.Code)).Distinct().Order()] }),
                .. state.State.AddedCommunes.Select(code => Describe(code, year, state.State.Designations[code], TypesOf(input, code))),
            ],
            state.State.CreatedBy, state.State.CreatedAt, track, input.MonitoringMonths ?? MonitoringWindow.DefaultMonths,
            state.State.YearEndDecision?.ToInfo(year), state.State.DraftedFrom);
    }

    private static DesignationInfo Describe(string code, int year, Designation d, IReadOnlyList<DesignationKind> types) =>
        new(code, year, d.Status, d.ProposalId, d.RemovedFrom, Types: types, RelapsedOn: d.RelapsedOn, RelapseReason: d.RelapseReason, DesignatedAgainFrom: d.DesignatedAgainFrom);

    private static DesignationInfo Describe(CarriedDesignation carried, int year, Designation designation) => new(
        carried.CommuneCode, year, designation.Status, designation.ProposalId, designation.RemovedFrom,
        carried.Edition.Id,
        carried.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [.. carried.CarriedFrom.Select(link => new CarriedFromInfo(link.Code, link.Coverage))],
        !carried.NeedsConfirmation ? CarryOverConfirmation.NotNeeded
        : designation.Kept switch { null => CarryOverConfirmation.Pending, true => CarryOverConfirmation.Confirmed, false => CarryOverConfirmation.Declined });

    /// <summary>
    /// The successors a plan adopted on the old list passes its designations to when the new list comes into force within
    /// its year; a commune removed before that day passes nothing on.
    /// </summary>
    private IReadOnlyList<CarriedDesignation> CarriedDesignations(StoredPlan plan)
    {
        var (_, year, _) = Key;
        if (DesignationCarryOver.CutOverIn(year) is not { } cutOver)
        {
            return [];
        }

        var stillDesignated = plan.CommuneCodes.Where(code => state.State.Designations[code] is not { Status: DesignationStatus.Removed } removed
            || !DateOnly.TryParseExact(removed.RemovedFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var removedFrom)
            || removedFrom >= cutOver);
        return DesignationCarryOver.Of(ConversionPlanRules.EditionOf(plan.DecisionDate), year, stillDesignated);
    }

    [GenerateSerializer, Alias("ChuyenHoa.ConversionPlanGrain.Designation")]
    public sealed class Designation
    {
        [Id(0)] public DesignationStatus Status { get; set; } = DesignationStatus.Designated;

        [Id(1)] public Guid? ProposalId { get; set; }

        [Id(2)] public string? RemovedFrom { get; set; }

        /// <summary>For a successor a designation was carried over to in part: whether the province keeps it; null until it says.</summary>
        [Id(3)] public bool? Kept { get; set; }

        /// <summary>The types of a commune designated again; null for the plan's own, whose types the plan's decision names.</summary>
        [Id(4)] public DesignationKind[]? Types { get; set; }

        /// <summary>The day the province designated it again after its removal, <c>yyyy-MM-dd</c>.</summary>
        [Id(5)] public string? RelapsedOn { get; set; }

        [Id(6)] public string? RelapseReason { get; set; }

        /// <summary>For a commune designated again in this plan: the plan year it had been removed from.</summary>
        [Id(7)] public int? DesignatedAgainFrom { get; set; }
    }

    /// <summary>A proposal a year-end decision decides: approved for a removed commune, rejected for a continuing one.</summary>
    [GenerateSerializer, Immutable, Alias("ChuyenHoa.ConversionPlanGrain.DecidedProposal")]
    public sealed record DecidedProposal([property: Id(0)] Guid ProposalId, [property: Id(1)] bool Approve);

    [GenerateSerializer, Immutable, Alias("ChuyenHoa.ConversionPlanGrain.StoredYearEndDecision")]
    public sealed record StoredYearEndDecision(
        [property: Id(0)] string DecisionNumber,
        [property: Id(1)] string DecisionDate,
        [property: Id(2)] string Signer,
        [property: Id(3)] string IssuedBy,
        [property: Id(4)] string[] Removed,
        [property: Id(5)] string[] Continuing,
        [property: Id(6)] DesignationTypesInput[] NewlyDesignated,
        [property: Id(7)] DecidedProposal[] Proposals,
        [property: Id(8)] DesignationTypesInput[] NextPlan,
        [property: Id(9)] string RecordedBy,
        [property: Id(10)] string RecordedById,
        [property: Id(11)] DateTimeOffset RecordedAt,
        [property: Id(12)] string? IdempotencyKey,
        [property: Id(13)] bool Applied)
    {
        public YearEndDecisionInfo ToInfo(int year) => new(
            DecisionNumber, DecisionDate, Signer, IssuedBy, Removed, Continuing, NewlyDesignated, [.. Proposals.Select(p => p.ProposalId)],
            NextPlan.Length > 0 ? year + 1 : null, RecordedBy, RecordedAt, Applied);
    }

    [GenerateSerializer, Immutable, Alias("ChuyenHoa.ConversionPlanGrain.ProposalKey")]
    public sealed record ProposalKey([property: Id(0)] Guid ProposalId, [property: Id(1)] int Attempt);

    /// <summary>An idempotency key as one caller sent it for one commune.</summary>
    [GenerateSerializer, Immutable, Alias("ChuyenHoa.ConversionPlanGrain.SubmissionKey")]
    public sealed record SubmissionKey([property: Id(0)] string UserId, [property: Id(1)] string CommuneCode, [property: Id(2)] string ClientMutationId);

    [GenerateSerializer, Alias("ChuyenHoa.ConversionPlanGrain.State")]
    public sealed class State
    {
        /// <summary>
        /// The plan as 45cb814 and earlier stored it, in the API's record (whose list of criteria the stored bytes name by
        /// type, so it loads only as that): moved to <see cref="Input"/> on activation, never written again.
        /// </summary>
        [Id(0)] public CreatePlanInput? LegacyInput { get; set; }

        [Id(1)] public string? CreationKey { get; set; }

        [Id(2)] public string CreatedBy { get; set; } = "";

        [Id(3)] public DateTimeOffset CreatedAt { get; set; }

        [Id(4)] public Dictionary<string, Designation> Designations { get; set; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Keys stored before they were scoped to the caller (the bare clientMutationId, and "auto-…" for submissions
        /// without one): read for retries of those submissions, never written.
        /// </summary>
        [Id(5)] public Dictionary<string, ProposalKey> UnscopedProposalKeys { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Idempotency key of a proposal submission, per caller and commune → the proposal and which submission of it.</summary>
        [Id(6)] public Dictionary<SubmissionKey, ProposalKey> SubmissionKeys { get; set; } = [];

        /// <summary>Who created the plan, whose <see cref="CreationKey"/> it is; null in plans stored before it was recorded.</summary>
        [Id(7)] public string? CreatorId { get; set; }

        /// <summary>The plan's decision; null until the plan is created.</summary>
        [Id(8)] public StoredPlan? Input { get; set; }

        /// <summary>Where the successors that took over designations when the new list came into force stand, by their code.</summary>
        [Id(9)] public Dictionary<string, Designation> Successors { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Communes designated again after their removal from an earlier plan, in the order added (their state is in <see cref="Designations"/>).</summary>
        [Id(10)] public List<string> AddedCommunes { get; set; } = [];

        /// <summary>The decision that closed the year; null until the province records it.</summary>
        [Id(11)] public StoredYearEndDecision? YearEndDecision { get; set; }

        /// <summary>Who recorded the year-end decision, to send it on in their name until applied; null once applied.</summary>
        [Id(12)] public Caller? YearEndCaller { get; set; }

        /// <summary>The previous year's year-end decision this plan was drafted from; null for a plan entered as such.</summary>
        [Id(13)] public string? DraftedFrom { get; set; }
    }
}
