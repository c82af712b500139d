using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Errors;
using ChuyenHoa.Security;

namespace ChuyenHoa.Proposals;

/// <summary>
/// The ordered steps a removal proposal goes through, configurable per province and edition. The first step proposes
/// (submits, resubmits after a return, withdraws before the decision); the steps between review (endorse, passing it on,
/// or return it to the proposer); the last decides (approve, reject, or return). The first step may require documents of
/// some types before it submits or resubmits. Pure: it says what may happen, the caller stores what did.
/// </summary>
public sealed class ApprovalChain
{
    public const string Field = "chain";

    private static readonly ProposalAction[] ProposerActions = [ProposalAction.Submit, ProposalAction.Resubmit, ProposalAction.Withdraw];
    private static readonly ProposalAction[] ReviewerActions = [ProposalAction.Endorse, ProposalAction.Return];
    private static readonly ProposalAction[] DeciderActions = [ProposalAction.Approve, ProposalAction.Reject, ProposalAction.Return];

    /// <summary>What the default chains' proposer attaches: the letter asking for the removal and the minutes of the review conference.</summary>
    private static readonly DocumentType[] ProposalDocuments = [DocumentType.ProposalLetter, DocumentType.ConferenceMinutes];

    private ApprovalChain(IReadOnlyList<ApprovalStep> steps) => Steps = steps;

    /// <summary>
    /// District.Committee submits with its letter and the conference minutes → Province.Committee approves, rejects or returns
    /// (the structure until 30 Jun 2025).
    /// </summary>
    public static ApprovalChain ThreeLevel { get; } = new([
        new(Roles.DistrictCommittee, ProposerActions, ProposalDocuments),
        new(Roles.ProvinceCommittee, DeciderActions)]);

    /// <summary>
    /// Commune.Committee submits with its letter and the conference minutes → Province.Police endorses or returns →
    /// Province.Committee approves, rejects or returns (since 1 Jul 2025).
    /// </summary>
    public static ApprovalChain TwoLevel { get; } = new([
        new(Roles.CommuneCommittee, ProposerActions, ProposalDocuments),
        new(Roles.ProvincePolice, ReviewerActions),
        new(Roles.ProvinceCommittee, DeciderActions)]);

    public IReadOnlyList<ApprovalStep> Steps { get; }

    /// <summary>The chain a province uses by default in <paramref name="edition"/>: with a district level, the three-level one.</summary>
    public static ApprovalChain DefaultFor(DivisionEdition edition) =>
        edition.Levels.Contains(UnitLevel.District) ? ThreeLevel : TwoLevel;

    /// <summary>
    /// Whether <paramref name="caller"/> may set the chains of <paramref name="provinceCode"/>: a platform administrator for any
    /// province, a province committee for its own (it answers for how its proposals are decided); nobody else.
    /// </summary>
    public static bool MayBeSetBy(CallerScope caller, string provinceCode) =>
        caller.IsPlatformAdmin || (caller.HasRole(Roles.ProvinceCommittee) && caller.ProvinceCode == provinceCode);

    /// <summary>A province's own chain, or VALIDATION_FAILED naming the first step at fault. A type required twice is required once.</summary>
    public static Result<ApprovalChain> Create(IReadOnlyList<ApprovalStep> steps)
    {
        if (steps.Count < 2)
        {
            return Result<ApprovalChain>.Failure(DomainError.Validation("Chuỗi phê duyệt cần ít nhất hai bước: bên đề xuất và bên quyết định.", Field));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var (step, field) = (steps[i], $"{Field}[{i}]");
            var (allowed, required, what) = i == 0 ? (ProposerActions, ProposalAction.Submit, "bước đầu (đề xuất)")
                : i == steps.Count - 1 ? (DeciderActions, ProposalAction.Approve, "bước cuối (quyết định)")
                : (ReviewerActions, ProposalAction.Endorse, "bước thẩm định");
            if (step.Role is Roles.Analyst or Roles.PlatformAdmin || !Roles.All.Contains(step.Role, StringComparer.Ordinal))
            {
                return Result<ApprovalChain>.Failure(DomainError.Validation($"Vai trò \"{step.Role}\" không thể đảm nhận một bước của chuỗi phê duyệt.", $"{field}.role"));
            }

            if (steps.Take(i).Any(s => s.Role == step.Role))
            {
                return Result<ApprovalChain>.Failure(DomainError.Validation($"Vai trò \"{step.Role}\" đã có một bước trước đó; mỗi vai trò chỉ đảm nhận một bước.", $"{field}.role"));
            }

            if (!step.Actions.Contains(required) || step.Actions.Except(allowed).Any())
            {
                return Result<ApprovalChain>.Failure(DomainError.Validation(
                    $"Ở {what}, {Roles.Describe(step.Role)} phải có thao tác {ProposalWorkflow.Describe(required)} và chỉ có thể {string.Join(", ", allowed.Select(ProposalWorkflow.Describe))}.",
                    $"{field}.actions"));
            }

            if (i > 0 && step.RequiredDocuments.Count > 0)
            {
                return Result<ApprovalChain>.Failure(DomainError.Validation(
                    $"Chỉ bước đầu (đề xuất) mới yêu cầu tài liệu, vì tài liệu được đính kèm khi gửi đề xuất; bỏ yêu cầu tài liệu ở bước của {Roles.Describe(step.Role)}.",
                    $"{field}.requiredDocuments"));
            }

            if (step.RequiredDocuments.Any(t => !DocumentTypes.Assignable.Contains(t)))
            {
                return Result<ApprovalChain>.Failure(DomainError.Validation(
                    $"Loại tài liệu yêu cầu không hợp lệ: chọn trong {DocumentTypes.Describe(DocumentTypes.Assignable)}.",
                    $"{field}.requiredDocuments"));
            }
        }

        return Result<ApprovalChain>.Success(new ApprovalChain([.. steps.Select(s => s with { RequiredDocuments = [.. s.RequiredDocuments.Distinct()] })]));
    }

    /// <summary>
    /// VALIDATION_FAILED on <c>evidence</c>, listing in Vietnamese the types the proposer's step requires for <paramref name="action"/>
    /// (submit or resubmit) that none of the <paramref name="attached"/> documents has; null when nothing is missing or the
    /// action proposes nothing.
    /// </summary>
    public DomainError? MissingDocuments(ProposalAction action, IEnumerable<DocumentType> attached)
    {
        if (action is not (ProposalAction.Submit or ProposalAction.Resubmit))
        {
            return null;
        }

        var proposer = Steps[0];
        var missing = proposer.RequiredDocuments.Except(attached).ToArray();
        return missing.Length == 0 ? null : DomainError.Validation(
            $"Chưa đủ tài liệu để {ProposalWorkflow.Describe(action)} đề xuất: thiếu {DocumentTypes.Describe(missing)}. "
            + $"{Roles.Describe(proposer.Role)} cần đính kèm {DocumentTypes.Describe(proposer.RequiredDocuments)}, mỗi tài liệu chọn đúng loại.",
            "evidence");
    }

    /// <summary>The step that acts next, or null when the proposal is decided or withdrawn; the proposer before anything was submitted.</summary>
    public ApprovalStep? CurrentStep(ProposalPosition? position) =>
        position is not { } p ? Steps[0] : p.Step is { } index ? Steps[index] : null;

    /// <summary>
    /// Where <paramref name="action"/> leaves a proposal at <paramref name="current"/> (null: nothing submitted yet), or INVALID_STATE
    /// when the chain does not allow it there, or VALIDATION_FAILED when a reject or return has no reason.
    /// </summary>
    public Result<ProposalPosition> Transition(ProposalPosition? current, ProposalAction action, string? reason)
    {
        if (Next(current, action) is not { } next)
        {
            return Result<ProposalPosition>.Failure(DomainError.InvalidState(Refusal(current, action)));
        }

        return ProposalWorkflow.MissingReason(action, reason, Roles.Describe(Steps[0].Role)) is { } missing
            ? Result<ProposalPosition>.Failure(missing)
            : Result<ProposalPosition>.Success(next);
    }

    /// <summary>
    /// The role that takes <paramref name="action"/> at <paramref name="current"/>, recorded with it: the proposer's for its own actions,
    /// else the current step's; where the action does not apply there, the last step that has it.
    /// </summary>
    public string RoleFor(ProposalPosition? current, ProposalAction action) =>
        Array.IndexOf(ProposerActions, action) >= 0 ? Steps[0].Role
        : current?.Step is { } step && Steps[step].Actions.Contains(action) ? Steps[step].Role
        : StepsWith(action).LastOrDefault()?.Role ?? Steps[^1].Role;

    /// <summary>
    /// What <paramref name="caller"/> may do now with a proposal at <paramref name="current"/> for the commune <paramref name="communeCode"/>
    /// (of <paramref name="districtCode"/>, null in the two-level structure) of <paramref name="provinceCode"/>, and where each leaves it.
    /// </summary>
    public IReadOnlyList<ProposalMove> AllowedMoves(ProposalPosition? current, CallerScope caller, string provinceCode, string? districtCode, string communeCode) =>
        [.. Enum.GetValues<ProposalAction>()
            .Select(action => (Action: action, Next: Next(current, action)))
            .Where(m => m.Next is not null && caller.CanActAs(RoleFor(current, m.Action), provinceCode, districtCode, communeCode))
            .Select(m => new ProposalMove(m.Action, m.Next!.Value))];

    /// <summary>Null when <paramref name="caller"/> takes the step that <paramref name="action"/> belongs to at <paramref name="current"/>; otherwise FORBIDDEN.</summary>
    public DomainError? Authorize(CallerScope caller, ProposalPosition? current, ProposalAction action, string provinceCode, string? districtCode, string communeCode) =>
        caller.CanActAs(RoleFor(current, action), provinceCode, districtCode, communeCode) ? null : DomainError.Forbidden;

    /// <summary>The position after the actions of a proposal's history, oldest first (how a stored proposal finds its step), or the first refusal.</summary>
    public Result<ProposalPosition> Replay(IEnumerable<ProposalAction> history)
    {
        ProposalPosition? position = null;
        foreach (var action in history)
        {
            if (Next(position, action) is not { } next)
            {
                return Result<ProposalPosition>.Failure(DomainError.InvalidState(Refusal(position, action)));
            }

            position = next;
        }

        return position is { } reached
            ? Result<ProposalPosition>.Success(reached)
            : Result<ProposalPosition>.Failure(DomainError.InvalidState("Đề xuất chưa có bước nào trong lịch sử."));
    }

    private ProposalPosition? Next(ProposalPosition? current, ProposalAction action)
    {
        var last = Steps.Count - 1;
        if (!StepsWith(action).Any())
        {
            return null;
        }

        if (current is not { } p)
        {
            return action == ProposalAction.Submit ? new(RemovalProposalStatus.Submitted, 1) : null;
        }

        if (!IsReachable(p))
        {
            return null;
        }

        return (p.Status, p.Step, action) switch
        {
            (RemovalProposalStatus.Returned, _, ProposalAction.Resubmit) => new(RemovalProposalStatus.Submitted, 1),
            (RemovalProposalStatus.Submitted or RemovalProposalStatus.Endorsed or RemovalProposalStatus.Returned, _, ProposalAction.Withdraw) =>
                new(RemovalProposalStatus.Withdrawn, null),
            (_, { } step, _) when step > 0 && Steps[step].Actions.Contains(action) => action switch
            {
                ProposalAction.Endorse when step < last => new(RemovalProposalStatus.Endorsed, step + 1),
                ProposalAction.Return => new(RemovalProposalStatus.Returned, 0),
                ProposalAction.Approve when step == last => new(RemovalProposalStatus.Approved, null),
                ProposalAction.Reject when step == last => new(RemovalProposalStatus.Rejected, null),
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>Whether this chain can bring a proposal to <paramref name="position"/> (an endorsement needs a reviewing step before the current one).</summary>
    public bool IsReachable(ProposalPosition position) => (position.Status, position.Step) switch
    {
        (RemovalProposalStatus.Submitted, 1) or (RemovalProposalStatus.Returned, 0) => true,
        (RemovalProposalStatus.Endorsed, { } step) => step >= 2 && step < Steps.Count,
        (RemovalProposalStatus.Approved or RemovalProposalStatus.Rejected or RemovalProposalStatus.Withdrawn, null) => true,
        _ => false,
    };

    private IEnumerable<ApprovalStep> StepsWith(ProposalAction action) => Steps.Where(s => s.Actions.Contains(action));

    private string Refusal(ProposalPosition? current, ProposalAction action)
    {
        var verb = ProposalWorkflow.Describe(action);
        var proposer = Roles.Describe(Steps[0].Role);
        if (!StepsWith(action).Any())
        {
            return $"Không thể {verb} đề xuất: chuỗi phê duyệt này không có bước {verb}.";
        }

        if (current is not { } p)
        {
            return $"Chưa có đề xuất nào được gửi nên không thể {verb}: {proposer} cần gửi đề xuất trước.";
        }

        if (!IsReachable(p))
        {
            return $"Không thể {verb} đề xuất {ProposalWorkflow.Describe(p.Status)}: trạng thái này không có trong chuỗi phê duyệt của đề xuất.";
        }

        var hint = (p.Status, action) switch
        {
            (RemovalProposalStatus.Returned, ProposalAction.Submit) => "Đề xuất bị trả lại thì dùng thao tác gửi lại.",
            (_, ProposalAction.Submit) => "Mỗi đề xuất chỉ gửi một lần.",
            (_, ProposalAction.Resubmit) => "Chỉ gửi lại được đề xuất đã bị trả lại.",
            (_, ProposalAction.Withdraw) => "Chỉ rút được đề xuất khi tỉnh chưa quyết định.",
            (RemovalProposalStatus.Returned, _) => $"{proposer} cần gửi lại đề xuất trước.",
            _ when p.Step is { } step => $"Đề xuất đang chờ {Roles.Describe(Steps[step].Role)} {string.Join(" hoặc ", Steps[step].Actions.Select(ProposalWorkflow.Describe))}.",
            _ => "Đề xuất đã có kết quả, không thể quyết định lại.",
        };
        return $"Không thể {verb} đề xuất {ProposalWorkflow.Describe(p.Status)}. {hint}";
    }
}
