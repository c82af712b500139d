using System.Globalization;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

public sealed class ConversionPlanGrain(
    [PersistentState("plan", StorageNames.Documents)] IPersistentState<ConversionPlanGrain.State> state,
    IGrainFactory grains,
    TimeProvider clock) : Grain, IConversionPlanGrain
{
    private (string Province, int Year) Key
    {
        get
        {
            var parts = this.GetPrimaryKeyString().Split('-');
            return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.LegacyInput is { } legacy)
        {
            // Stored by 45cb814 or earlier; taken over here and written in the new shape with the next change.
            state.State.Input = StoredPlan.From(legacy);
            state.State.LegacyInput = null;
        }

        return Task.CompletedTask;
    }

    public Task<PlanInfo?> GetAsync() => Task.FromResult(Describe());

    public async Task<Outcome<PlanInfo>> CreateAsync(Caller caller, CreatePlanInput input, string? idempotencyKey)
    {
        var (province, year) = Key;
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
        await state.WriteStateAsync();
        await grains.GetGrain<ITenantGrain>(province).AddPlanYearAsync(year);
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task<Outcome<ProposalSubmission>> PrepareProposalAsync(Caller caller, ProposalInput input, string? idempotencyKey)
    {
        var (province, year) = Key;
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

        var errors = ValidateProposal(input, plan);
        if (errors.Count > 0)
        {
            return Outcome<ProposalSubmission>.Failure(errors);
        }

        var (proposalId, attempt) = (Guid.NewGuid(), 1);
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
                    break;
            }
        }

        if (idempotencyKey is not null)
        {
            state.State.SubmissionKeys[new SubmissionKey(caller.UserId, input.CommuneCode, idempotencyKey)] = new ProposalKey(proposalId, attempt);
        }

        designation.ProposalId = proposalId;
        await state.WriteStateAsync();
        return Outcome<ProposalSubmission>.Success(Submission(proposalId, attempt));

        ProposalSubmission Submission(Guid id, int number) => new(id, province, district, year, input, number, plan.CriteriaInput, edition.Id);
    }

    public async Task<Outcome<PlanInfo>> ConfirmCarriedOverAsync(Caller caller, string communeCode, bool keep)
    {
        var (province, year) = Key;
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
        await state.WriteStateAsync();
        return Outcome<PlanInfo>.Success(Describe()!);
    }

    public async Task RecordProposalOutcomeAsync(string communeCode, Guid proposalId, DesignationStatus status, string? removedFrom)
    {
        if (!state.State.Designations.TryGetValue(communeCode, out var designation)
            || (designation.ProposalId is { } current && current != proposalId)
            || (designation.Status == status && designation.RemovedFrom == removedFrom && designation.ProposalId == proposalId))
        {
            return;
        }

        designation.ProposalId = proposalId;
        designation.Status = status;
        designation.RemovedFrom = removedFrom;
        await state.WriteStateAsync();
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
            errors.AddRange(EvidenceDocument.Create(document.FileName, document.ContentType, document.Content).Errors
                .Select(e => e with { Field = $"evidence[{index}].{e.Field}" }));
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

    private PlanInfo? Describe()
    {
        if (state.State.Input is not { } input)
        {
            return null;
        }

        var (province, year) = Key;
        return new PlanInfo(
            province, year, input.DecisionNumber, input.DecisionDate, input.IssuedBy,
            [.. CriterionInput.Resolve(input.CriteriaInput).Select(CriterionInfo.Of)],
            [
                .. input.CommuneCodes.Select(code => state.State.Designations[code] is var d
                    ? new DesignationInfo(code, year, d.Status, d.ProposalId, d.RemovedFrom)
                    : throw new InvalidOperationException()),
                .. CarriedDesignations(input).Select(carried => Describe(carried, year, state.State.Successors.GetValueOrDefault(carried.CommuneCode) ?? new Designation())),
            ],
            state.State.CreatedBy, state.State.CreatedAt);
    }

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
        var (_, year) = Key;
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
    }
}
