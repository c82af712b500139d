using ChuyenHoa.Errors;
using ChuyenHoa.Security;

namespace ChuyenHoa.Proposals;

/// <summary>
/// The removal proposal's states and who moves it in the three-level structure: the district submits, resubmits after a
/// return, or withdraws before a decision; the province approves, rejects or returns a submitted proposal. Any chain,
/// the two-level one with the provincial police's review included, is <see cref="ApprovalChain"/>.
/// </summary>
public static class ProposalWorkflow
{
    public const string ReasonField = "reason";

    /// <summary>
    /// The status after <paramref name="action"/>, or INVALID_STATE when the action does not apply to
    /// <paramref name="current"/> (null: no proposal yet), or VALIDATION_FAILED when a reject or return has no reason.
    /// </summary>
    public static Result<RemovalProposalStatus> Transition(RemovalProposalStatus? current, ProposalAction action, string? reason)
    {
        var next = (current, action) switch
        {
            (null, ProposalAction.Submit) => RemovalProposalStatus.Submitted,
            (RemovalProposalStatus.Returned, ProposalAction.Resubmit) => RemovalProposalStatus.Submitted,
            (RemovalProposalStatus.Submitted or RemovalProposalStatus.Returned, ProposalAction.Withdraw) => RemovalProposalStatus.Withdrawn,
            (RemovalProposalStatus.Submitted, ProposalAction.Approve) => RemovalProposalStatus.Approved,
            (RemovalProposalStatus.Submitted, ProposalAction.Reject) => RemovalProposalStatus.Rejected,
            (RemovalProposalStatus.Submitted, ProposalAction.Return) => RemovalProposalStatus.Returned,
            _ => (RemovalProposalStatus?)null,
        };
        if (next is null)
        {
            return Result<RemovalProposalStatus>.Failure(DomainError.InvalidState(Refusal(current, action)));
        }

        return MissingReason(action, reason, "huyện") is { } missing
            ? Result<RemovalProposalStatus>.Failure(missing)
            : Result<RemovalProposalStatus>.Success(next.Value);
    }

    /// <summary>VALIDATION_FAILED on <see cref="ReasonField"/> when a reject or return has no reason for <paramref name="proposer"/> to act on, else null.</summary>
    internal static DomainError? MissingReason(ProposalAction action, string? reason, string proposer)
    {
        // Control characters alone (a NUL, a stray escape) read as nothing: they are no reason either.
        if (action is not (ProposalAction.Reject or ProposalAction.Return) || (reason is not null && !reason.All(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            return null;
        }

        var purpose = action == ProposalAction.Return ? $"để {proposer} biết cần bổ sung, hoàn thiện gì" : $"để {proposer} biết vì sao xã chưa được đưa ra khỏi danh sách";
        return DomainError.Validation($"Cần ghi lý do khi {Describe(action)} đề xuất, {purpose}.", ReasonField);
    }

    /// <summary>The role that takes <paramref name="action"/>; recorded with every transition.</summary>
    public static string RequiredRole(ProposalAction action) => action switch
    {
        ProposalAction.Submit or ProposalAction.Resubmit or ProposalAction.Withdraw => Roles.DistrictCommittee,
        ProposalAction.Approve or ProposalAction.Reject or ProposalAction.Return => Roles.ProvinceCommittee,
        ProposalAction.Endorse => Roles.ProvincePolice,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown proposal action."),
    };

    /// <summary>
    /// Null when <paramref name="caller"/> may take <paramref name="action"/> on a proposal for a
    /// commune of <paramref name="districtCode"/> in <paramref name="provinceCode"/>; otherwise FORBIDDEN.
    /// </summary>
    public static DomainError? Authorize(CallerScope caller, ProposalAction action, string provinceCode, string districtCode)
    {
        var allowed = RequiredRole(action) switch
        {
            Roles.DistrictCommittee => caller.ProvinceCode == provinceCode && caller.CanSubmitForDistrict(districtCode),
            Roles.ProvincePolice => caller.CanEndorse(provinceCode),
            _ => caller.CanDecide(provinceCode),
        };
        return allowed ? null : DomainError.Forbidden;
    }

    /// <summary>The status as people read it.</summary>
    public static string Describe(RemovalProposalStatus status) => status switch
    {
        RemovalProposalStatus.Submitted => "đã gửi, chờ tỉnh xem xét",
        RemovalProposalStatus.Approved => "đã được phê duyệt",
        RemovalProposalStatus.Rejected => "không được phê duyệt",
        RemovalProposalStatus.Returned => "bị trả lại",
        RemovalProposalStatus.Withdrawn => "đã rút",
        RemovalProposalStatus.Endorsed => "đã được thẩm định, chờ bước tiếp theo",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown proposal status."),
    };

    /// <summary>The action as a verb, as people read it.</summary>
    public static string Describe(ProposalAction action) => action switch
    {
        ProposalAction.Submit => "gửi",
        ProposalAction.Resubmit => "gửi lại",
        ProposalAction.Withdraw => "rút",
        ProposalAction.Approve => "phê duyệt",
        ProposalAction.Reject => "không phê duyệt",
        ProposalAction.Return => "trả lại",
        ProposalAction.Endorse => "thẩm định",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown proposal action."),
    };

    private static string Refusal(RemovalProposalStatus? current, ProposalAction action)
    {
        if (current is not { } status)
        {
            return $"Chưa có đề xuất nào được gửi nên không thể {Describe(action)}: huyện cần gửi đề xuất trước.";
        }

        var hint = action switch
        {
            _ when action == ProposalAction.Endorse || status == RemovalProposalStatus.Endorsed =>
                "Quy trình ba cấp không có bước thẩm định của Công an tỉnh.",
            ProposalAction.Submit => status == RemovalProposalStatus.Returned
                ? "Đề xuất bị trả lại thì dùng thao tác gửi lại."
                : "Mỗi đề xuất chỉ gửi một lần.",
            ProposalAction.Resubmit => "Chỉ gửi lại được đề xuất đã bị tỉnh trả lại.",
            ProposalAction.Withdraw => "Chỉ rút được đề xuất khi tỉnh chưa quyết định.",
            _ => status == RemovalProposalStatus.Returned
                ? "Tỉnh chỉ quyết định khi huyện đã gửi lại đề xuất."
                : "Đề xuất đã có kết quả, không thể quyết định lại.",
        };
        return $"Không thể {Describe(action)} đề xuất {Describe(status)}. {hint}";
    }
}
