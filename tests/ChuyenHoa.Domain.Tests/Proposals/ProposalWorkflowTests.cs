using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa.Domain.Tests.Proposals;

public class ProposalWorkflowTests
{
    public static TheoryData<RemovalProposalStatus?, ProposalAction, RemovalProposalStatus> LegalTransitions => new()
    {
        { null, ProposalAction.Submit, RemovalProposalStatus.Submitted },
        { RemovalProposalStatus.Submitted, ProposalAction.Withdraw, RemovalProposalStatus.Withdrawn },
        { RemovalProposalStatus.Submitted, ProposalAction.Approve, RemovalProposalStatus.Approved },
        { RemovalProposalStatus.Submitted, ProposalAction.Reject, RemovalProposalStatus.Rejected },
        { RemovalProposalStatus.Submitted, ProposalAction.Return, RemovalProposalStatus.Returned },
        { RemovalProposalStatus.Returned, ProposalAction.Resubmit, RemovalProposalStatus.Submitted },
        { RemovalProposalStatus.Returned, ProposalAction.Withdraw, RemovalProposalStatus.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void A_legal_transition_gives_the_next_status(RemovalProposalStatus? current, ProposalAction action, RemovalProposalStatus expected) =>
        Assert.Equal(expected, ProposalWorkflow.Transition(current, action, "Lý do cụ thể.").Value);

    public static TheoryData<RemovalProposalStatus?, ProposalAction> IllegalTransitions()
    {
        var legal = LegalTransitions.Select(row => ((RemovalProposalStatus?)row[0], (ProposalAction)row[1]!)).ToHashSet();
        var data = new TheoryData<RemovalProposalStatus?, ProposalAction>();
        var states = Enum.GetValues<RemovalProposalStatus>().Select(s => (RemovalProposalStatus?)s).Prepend(null);
        foreach (var state in states)
        {
            foreach (var action in Enum.GetValues<ProposalAction>().Where(a => !legal.Contains((state, a))))
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_other_transition_is_refused_as_invalid_state(RemovalProposalStatus? current, ProposalAction action)
    {
        var result = ProposalWorkflow.Transition(current, action, "Lý do cụ thể.");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.InvalidState, error.Code);
        Assert.StartsWith(current is null ? "Chưa có đề xuất nào" : "Không thể ", error.Message);
    }

    [Fact]
    public void Illegal_transitions_cover_all_but_the_seven_legal_ones() =>
        Assert.Equal((7 * 7) - 7, IllegalTransitions().Count());

    [Fact]
    public void A_second_decision_on_a_decided_proposal_explains_that_it_is_decided() =>
        Assert.Equal(
            "Không thể không phê duyệt đề xuất đã được phê duyệt. Đề xuất đã có kết quả, không thể quyết định lại.",
            Assert.Single(ProposalWorkflow.Transition(RemovalProposalStatus.Approved, ProposalAction.Reject, "Muộn.").Errors).Message);

    [Fact]
    public void Withdrawing_after_a_decision_says_it_was_too_late() =>
        Assert.Contains("khi tỉnh chưa quyết định",
            Assert.Single(ProposalWorkflow.Transition(RemovalProposalStatus.Rejected, ProposalAction.Withdraw, null).Errors).Message);

    [Theory]
    [InlineData(ProposalAction.Reject, null)]
    [InlineData(ProposalAction.Reject, "  ")]
    [InlineData(ProposalAction.Return, "")]
    [InlineData(ProposalAction.Reject, "\0")]
    [InlineData(ProposalAction.Return, "\u001b\t\u0007")]
    public void Reject_and_return_require_a_reason(ProposalAction action, string? reason)
    {
        var error = Assert.Single(ProposalWorkflow.Transition(RemovalProposalStatus.Submitted, action, reason).Errors);

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("reason", error.Field);
        Assert.StartsWith("Cần ghi lý do khi", error.Message);
    }

    [Theory]
    [InlineData(ProposalAction.Approve)]
    [InlineData(ProposalAction.Withdraw)]
    public void Approve_and_withdraw_need_no_reason(ProposalAction action) =>
        Assert.True(ProposalWorkflow.Transition(RemovalProposalStatus.Submitted, action, null).IsSuccess);

    [Fact]
    public void An_illegal_transition_is_reported_before_a_missing_reason() =>
        Assert.Equal(ErrorCodes.InvalidState, Assert.Single(ProposalWorkflow.Transition(RemovalProposalStatus.Approved, ProposalAction.Return, null).Errors).Code);

    [Theory]
    [InlineData(ProposalAction.Submit, Roles.DistrictCommittee)]
    [InlineData(ProposalAction.Resubmit, Roles.DistrictCommittee)]
    [InlineData(ProposalAction.Withdraw, Roles.DistrictCommittee)]
    [InlineData(ProposalAction.Approve, Roles.ProvinceCommittee)]
    [InlineData(ProposalAction.Reject, Roles.ProvinceCommittee)]
    [InlineData(ProposalAction.Return, Roles.ProvinceCommittee)]
    public void Each_action_belongs_to_one_role(ProposalAction action, string role) =>
        Assert.Equal(role, ProposalWorkflow.RequiredRole(action));

    private static readonly CallerScope QuynhNhai = new("u1", "Lò Thanh Thủy", [Roles.DistrictCommittee], "14", "118");
    private static readonly CallerScope SonLaProvince = new("u2", "Cầm Văn A", [Roles.ProvinceCommittee], "14", null);
    private static readonly CallerScope SonLaAnalyst = new("u3", "Lê Thị B", [Roles.Analyst], "14", null);

    [Theory]
    [InlineData(ProposalAction.Submit, true, false)]
    [InlineData(ProposalAction.Withdraw, true, false)]
    [InlineData(ProposalAction.Approve, false, true)]
    [InlineData(ProposalAction.Return, false, true)]
    public void Authorize_lets_each_committee_take_only_its_own_actions(ProposalAction action, bool district, bool province)
    {
        Assert.Equal(district, ProposalWorkflow.Authorize(QuynhNhai, action, "14", "118") is null);
        Assert.Equal(province, ProposalWorkflow.Authorize(SonLaProvince, action, "14", "118") is null);
        Assert.Same(DomainError.Forbidden, ProposalWorkflow.Authorize(SonLaAnalyst, action, "14", "118"));
    }

    [Fact]
    public void Authorize_refuses_a_committee_outside_its_own_district_or_province()
    {
        Assert.Equal(ErrorCodes.Forbidden, ProposalWorkflow.Authorize(QuynhNhai, ProposalAction.Submit, "14", "119")?.Code);
        Assert.Equal(ErrorCodes.Forbidden, ProposalWorkflow.Authorize(QuynhNhai, ProposalAction.Submit, "15", "118")?.Code);
        Assert.Equal(ErrorCodes.Forbidden, ProposalWorkflow.Authorize(SonLaProvince, ProposalAction.Approve, "15", "135")?.Code);
    }
}
