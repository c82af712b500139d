using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa.Domain.Tests.Proposals;

public sealed class ApprovalChainTests
{
    private static readonly ApprovalChain TwoLevel = ApprovalChain.TwoLevel;
    private static readonly ApprovalChain ThreeLevel = ApprovalChain.ThreeLevel;

    // Xã Quỳnh Nhai (2025 commune 03703) of Sơn La (14), and the reference case's district 118 for the three-level chain.
    private static readonly CallerScope QuynhNhaiCommune = new("u1", "Ban Chỉ đạo xã Quỳnh Nhai", [Roles.CommuneCommittee], "14", null, "03703");
    private static readonly CallerScope SonLaPolice = new("u2", "Công an tỉnh Sơn La", [Roles.ProvincePolice], "14", null);
    private static readonly CallerScope SonLaProvince = new("u3", "Ban Chỉ đạo tỉnh Sơn La", [Roles.ProvinceCommittee], "14", null);
    private static readonly CallerScope SonLaAnalyst = new("u4", "Phân tích", [Roles.Analyst], "14", null);
    private static readonly CallerScope QuynhNhaiDistrict = new("u5", "Ban Chỉ đạo huyện Quỳnh Nhai", [Roles.DistrictCommittee], "14", "118");
    private static readonly CallerScope LaiChauPolice = new("u6", "Công an tỉnh Lai Châu", [Roles.ProvincePolice], "12", null);

    private static ProposalPosition Position(RemovalProposalStatus status, int? step) => new(status, step);

    private static ProposalAction[] Allowed(ApprovalChain chain, ProposalPosition? at, CallerScope caller) =>
        [.. chain.AllowedMoves(at, caller, "14", chain == ThreeLevel ? "118" : null, "03703").Select(m => m.Action)];

    [Fact]
    public void A_provinces_chain_is_set_by_a_platform_administrator_or_its_own_committee_and_nobody_else()
    {
        var admin = new CallerScope("u7", "Quản trị nền tảng", [Roles.PlatformAdmin], "14", null);
        var laiChauProvince = new CallerScope("u8", "Ban Chỉ đạo tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null);

        Assert.True(ApprovalChain.MayBeSetBy(admin, "12"));
        Assert.True(ApprovalChain.MayBeSetBy(SonLaProvince, "14"));
        Assert.False(ApprovalChain.MayBeSetBy(laiChauProvince, "14"));
        Assert.All([SonLaPolice, SonLaAnalyst, QuynhNhaiDistrict, QuynhNhaiCommune], caller => Assert.False(ApprovalChain.MayBeSetBy(caller, "14")));
    }

    [Fact]
    public void The_default_chains_are_the_two_structures()
    {
        Assert.Equal(
            [(Roles.CommuneCommittee, "Submit,Resubmit,Withdraw"), (Roles.ProvincePolice, "Endorse,Return"), (Roles.ProvinceCommittee, "Approve,Reject,Return")],
            TwoLevel.Steps.Select(s => (s.Role, string.Join(',', s.Actions))));
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], ThreeLevel.Steps.Select(s => s.Role));
        Assert.Same(ThreeLevel, ApprovalChain.DefaultFor(DivisionEdition.ThreeLevel2024));
        Assert.Same(TwoLevel, ApprovalChain.DefaultFor(DivisionEdition.TwoLevel2025));
    }

    [Fact]
    public void The_two_level_case_goes_from_the_commune_through_the_police_to_the_province()
    {
        var submitted = TwoLevel.Transition(null, ProposalAction.Submit, null).Value;
        var endorsed = TwoLevel.Transition(submitted, ProposalAction.Endorse, null).Value;
        var approved = TwoLevel.Transition(endorsed, ProposalAction.Approve, null).Value;

        Assert.Equal(Position(RemovalProposalStatus.Submitted, 1), submitted);
        Assert.Equal(Roles.ProvincePolice, TwoLevel.CurrentStep(submitted)!.Role);
        Assert.Equal(Position(RemovalProposalStatus.Endorsed, 2), endorsed);
        Assert.Equal(Roles.ProvinceCommittee, TwoLevel.CurrentStep(endorsed)!.Role);
        Assert.Equal(Position(RemovalProposalStatus.Approved, null), approved);
        Assert.Null(TwoLevel.CurrentStep(approved));
        Assert.Equal(Roles.CommuneCommittee, TwoLevel.CurrentStep(null)!.Role);
    }

    [Fact]
    public void Each_caller_is_offered_only_the_actions_of_its_own_step()
    {
        var submitted = Position(RemovalProposalStatus.Submitted, 1);
        var endorsed = Position(RemovalProposalStatus.Endorsed, 2);
        var returned = Position(RemovalProposalStatus.Returned, 0);

        Assert.Equal([ProposalAction.Submit], Allowed(TwoLevel, null, QuynhNhaiCommune));
        Assert.Equal([ProposalAction.Withdraw], Allowed(TwoLevel, submitted, QuynhNhaiCommune));
        Assert.Equal([ProposalAction.Return, ProposalAction.Endorse], Allowed(TwoLevel, submitted, SonLaPolice));
        Assert.Empty(Allowed(TwoLevel, submitted, SonLaProvince));
        Assert.Equal([ProposalAction.Approve, ProposalAction.Reject, ProposalAction.Return], Allowed(TwoLevel, endorsed, SonLaProvince));
        Assert.Empty(Allowed(TwoLevel, endorsed, SonLaPolice));
        Assert.Equal([ProposalAction.Withdraw], Allowed(TwoLevel, endorsed, QuynhNhaiCommune));
        Assert.Equal([ProposalAction.Resubmit, ProposalAction.Withdraw], Allowed(TwoLevel, returned, QuynhNhaiCommune));
        Assert.All([SonLaAnalyst, QuynhNhaiDistrict, LaiChauPolice], caller => Assert.Empty(Allowed(TwoLevel, submitted, caller)));
        Assert.Empty(Allowed(TwoLevel, Position(RemovalProposalStatus.Approved, null), SonLaProvince));
    }

    [Fact]
    public void A_move_says_where_it_leaves_the_proposal() =>
        Assert.Equal(
            [new ProposalMove(ProposalAction.Return, Position(RemovalProposalStatus.Returned, 0)), new ProposalMove(ProposalAction.Endorse, Position(RemovalProposalStatus.Endorsed, 2))],
            TwoLevel.AllowedMoves(Position(RemovalProposalStatus.Submitted, 1), SonLaPolice, "14", null, "03703"));

    [Fact]
    public void The_police_returns_to_the_commune_which_resubmits_to_the_police_again()
    {
        var returned = TwoLevel.Transition(Position(RemovalProposalStatus.Submitted, 1), ProposalAction.Return, "Thiếu biên bản hội nghị.").Value;
        var resubmitted = TwoLevel.Transition(returned, ProposalAction.Resubmit, null).Value;

        Assert.Equal(Position(RemovalProposalStatus.Returned, 0), returned);
        Assert.Equal(Position(RemovalProposalStatus.Submitted, 1), resubmitted);
    }

    [Theory]
    [InlineData(RemovalProposalStatus.Submitted, 1, ProposalAction.Approve, "Đề xuất đang chờ Công an tỉnh thẩm định hoặc trả lại.")]
    [InlineData(RemovalProposalStatus.Submitted, 1, ProposalAction.Reject, "Đề xuất đang chờ Công an tỉnh")]
    [InlineData(RemovalProposalStatus.Endorsed, 2, ProposalAction.Endorse, "Đề xuất đang chờ Ban Chỉ đạo tỉnh phê duyệt")]
    [InlineData(RemovalProposalStatus.Approved, null, ProposalAction.Withdraw, "khi tỉnh chưa quyết định")]
    [InlineData(RemovalProposalStatus.Rejected, null, ProposalAction.Return, "không thể quyết định lại")]
    [InlineData(RemovalProposalStatus.Returned, 0, ProposalAction.Endorse, "Ban Chỉ đạo xã cần gửi lại đề xuất trước.")]
    [InlineData(RemovalProposalStatus.Endorsed, 2, ProposalAction.Submit, "Mỗi đề xuất chỉ gửi một lần.")]
    [InlineData(RemovalProposalStatus.Endorsed, 2, ProposalAction.Resubmit, "Chỉ gửi lại được đề xuất đã bị trả lại.")]
    public void A_step_out_of_turn_is_refused_as_invalid_state_saying_whose_turn_it_is(RemovalProposalStatus status, int? step, ProposalAction action, string expected)
    {
        var error = Assert.Single(TwoLevel.Transition(Position(status, step), action, "Lý do.").Errors);

        Assert.Equal(ErrorCodes.InvalidState, error.Code);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Nothing_happens_before_a_submission()
    {
        var error = Assert.Single(TwoLevel.Transition(null, ProposalAction.Endorse, null).Errors);

        Assert.Equal("Chưa có đề xuất nào được gửi nên không thể thẩm định: Ban Chỉ đạo xã cần gửi đề xuất trước.", error.Message);
    }

    [Fact]
    public void The_three_level_chain_has_no_endorsement() =>
        Assert.Equal(
            "Không thể thẩm định đề xuất: chuỗi phê duyệt này không có bước thẩm định.",
            Assert.Single(ThreeLevel.Transition(Position(RemovalProposalStatus.Submitted, 1), ProposalAction.Endorse, null).Errors).Message);

    [Theory]
    [InlineData(RemovalProposalStatus.Submitted, 1, ProposalAction.Return)]
    [InlineData(RemovalProposalStatus.Endorsed, 2, ProposalAction.Return)]
    [InlineData(RemovalProposalStatus.Endorsed, 2, ProposalAction.Reject)]
    public void A_return_or_rejection_needs_a_reason_for_the_commune(RemovalProposalStatus status, int step, ProposalAction action)
    {
        var error = Assert.Single(TwoLevel.Transition(Position(status, step), action, " \t").Errors);

        Assert.Equal((ErrorCodes.ValidationFailed, "reason"), (error.Code, error.Field));
        Assert.Contains("để Ban Chỉ đạo xã biết", error.Message);
    }

    public static TheoryData<RemovalProposalStatus?, ProposalAction> EveryStatusAndAction()
    {
        var data = new TheoryData<RemovalProposalStatus?, ProposalAction>();
        foreach (var status in Enum.GetValues<RemovalProposalStatus>().Select(s => (RemovalProposalStatus?)s).Prepend(null))
        {
            foreach (var action in Enum.GetValues<ProposalAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void The_three_level_chain_moves_exactly_as_the_existing_workflow(RemovalProposalStatus? status, ProposalAction action)
    {
        // The three-level positions: the district acts after a return, the province once submitted, no one after the end.
        ProposalPosition? position = status switch
        {
            null => null,
            RemovalProposalStatus.Submitted => Position(RemovalProposalStatus.Submitted, 1),
            RemovalProposalStatus.Returned => Position(RemovalProposalStatus.Returned, 0),
            RemovalProposalStatus.Endorsed => Position(RemovalProposalStatus.Endorsed, 1),
            { } s => Position(s, null),
        };

        var existing = ProposalWorkflow.Transition(status, action, "Lý do.");
        var chain = ThreeLevel.Transition(position, action, "Lý do.");

        Assert.Equal(existing.IsSuccess ? existing.Value : (RemovalProposalStatus?)null, chain.IsSuccess ? chain.Value.Status : null);
        if (action != ProposalAction.Endorse)
        {
            Assert.Equal(ProposalWorkflow.RequiredRole(action), ThreeLevel.RoleFor(position, action));
        }
    }

    [Theory]
    [InlineData(RemovalProposalStatus.Endorsed, 1)]
    [InlineData(RemovalProposalStatus.Submitted, 2)]
    [InlineData(RemovalProposalStatus.Approved, 2)]
    [InlineData(RemovalProposalStatus.Returned, 1)]
    public void A_position_the_chain_cannot_reach_allows_nothing(RemovalProposalStatus status, int step)
    {
        Assert.False(TwoLevel.IsReachable(Position(status, step)));
        Assert.All(Enum.GetValues<ProposalAction>(), action =>
            Assert.Contains("không có trong chuỗi phê duyệt", Assert.Single(TwoLevel.Transition(Position(status, step), action, "Lý do.").Errors).Message));
    }

    [Fact]
    public void The_three_level_chain_lets_only_the_district_propose_and_the_province_decide()
    {
        var submitted = Position(RemovalProposalStatus.Submitted, 1);

        Assert.Equal([ProposalAction.Submit], Allowed(ThreeLevel, null, QuynhNhaiDistrict));
        Assert.Empty(Allowed(ThreeLevel, null, QuynhNhaiCommune));
        Assert.Equal([ProposalAction.Approve, ProposalAction.Reject, ProposalAction.Return], Allowed(ThreeLevel, submitted, SonLaProvince));
        Assert.Empty(Allowed(ThreeLevel, submitted, SonLaPolice));
    }

    [Fact]
    public void Authorize_refuses_a_caller_outside_the_step_with_the_one_forbidden_error()
    {
        var submitted = Position(RemovalProposalStatus.Submitted, 1);

        Assert.Null(TwoLevel.Authorize(SonLaPolice, submitted, ProposalAction.Endorse, "14", null, "03703"));
        Assert.Same(DomainError.Forbidden, TwoLevel.Authorize(SonLaProvince, submitted, ProposalAction.Return, "14", null, "03703"));
        Assert.Same(DomainError.Forbidden, TwoLevel.Authorize(LaiChauPolice, submitted, ProposalAction.Endorse, "14", null, "03703"));
        Assert.Same(DomainError.Forbidden, TwoLevel.Authorize(QuynhNhaiCommune, submitted, ProposalAction.Withdraw, "14", null, "03706"));
        Assert.Null(TwoLevel.Authorize(QuynhNhaiCommune, submitted, ProposalAction.Withdraw, "14", null, "03703"));
    }

    [Fact]
    public void A_stored_history_replays_to_its_position()
    {
        Assert.Equal(
            Position(RemovalProposalStatus.Endorsed, 2),
            TwoLevel.Replay([ProposalAction.Submit, ProposalAction.Return, ProposalAction.Resubmit, ProposalAction.Endorse]).Value);
        Assert.Equal(
            Position(RemovalProposalStatus.Approved, null),
            ThreeLevel.Replay([ProposalAction.Submit, ProposalAction.Return, ProposalAction.Resubmit, ProposalAction.Approve]).Value);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Single(ThreeLevel.Replay([ProposalAction.Submit, ProposalAction.Endorse]).Errors).Code);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Single(ThreeLevel.Replay([]).Errors).Code);
    }

    [Fact]
    public void A_province_may_configure_its_own_chain()
    {
        var chain = ApprovalChain.Create([
            new(Roles.CommuneCommittee, [ProposalAction.Submit, ProposalAction.Withdraw]),
            new(Roles.ProvincePolice, [ProposalAction.Endorse]),
            new(Roles.ProvinceCommittee, [ProposalAction.Approve, ProposalAction.Reject])]).Value;

        var endorsed = chain.Transition(chain.Transition(null, ProposalAction.Submit, null).Value, ProposalAction.Endorse, null).Value;

        Assert.DoesNotContain(ProposalAction.Return, Allowed(chain, Position(RemovalProposalStatus.Submitted, 1), SonLaPolice));
        Assert.Equal([ProposalAction.Approve, ProposalAction.Reject], Allowed(chain, endorsed, SonLaProvince));
    }

    public static TheoryData<ApprovalStep[], string> BadChains => new()
    {
        { [new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain" },
        { [new(Roles.Analyst, [ProposalAction.Submit]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[0].role" },
        { [new("Province.Mayor", [ProposalAction.Submit]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[0].role" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Withdraw]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[0].actions" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit, ProposalAction.Approve]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[0].actions" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit]), new(Roles.ProvincePolice, [ProposalAction.Return]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[1].actions" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit]), new(Roles.ProvinceCommittee, [ProposalAction.Endorse, ProposalAction.Approve])], "chain[1].actions" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit]), new(Roles.CommuneCommittee, [ProposalAction.Approve])], "chain[1].role" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit]), new(Roles.ProvinceCommittee, [ProposalAction.Approve], [DocumentType.Decision])], "chain[1].requiredDocuments" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit], [DocumentType.Unspecified]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[0].requiredDocuments" },
        { [new(Roles.CommuneCommittee, [ProposalAction.Submit], [(DocumentType)99]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])], "chain[0].requiredDocuments" },
    };

    [Theory]
    [MemberData(nameof(BadChains))]
    public void A_chain_that_could_not_run_is_refused_naming_the_step(ApprovalStep[] steps, string field)
    {
        var error = Assert.Single(ApprovalChain.Create(steps).Errors);

        Assert.Equal((ErrorCodes.ValidationFailed, field), (error.Code, error.Field));
    }

    [Fact]
    public void The_default_chains_require_the_letter_and_the_minutes_of_the_proposer_and_nothing_of_the_other_steps()
    {
        foreach (var chain in new[] { ThreeLevel, TwoLevel })
        {
            Assert.Equal([DocumentType.ProposalLetter, DocumentType.ConferenceMinutes], chain.Steps[0].RequiredDocuments);
            Assert.All(chain.Steps.Skip(1), step => Assert.Empty(step.RequiredDocuments));
        }
    }

    [Theory]
    [InlineData(ProposalAction.Submit)]
    [InlineData(ProposalAction.Resubmit)]
    public void Proposing_without_a_required_type_is_refused_naming_the_missing_types_in_vietnamese(ProposalAction action)
    {
        var withoutLetter = TwoLevel.MissingDocuments(action, [DocumentType.ConferenceMinutes, DocumentType.Report]);
        var untyped = TwoLevel.MissingDocuments(action, [DocumentType.Unspecified, DocumentType.Unspecified]);

        Assert.Equal((ErrorCodes.ValidationFailed, "evidence"), (withoutLetter!.Code, withoutLetter.Field));
        Assert.Contains("thiếu tờ trình.", withoutLetter.Message);
        Assert.DoesNotContain("thiếu tờ trình, biên bản", withoutLetter.Message);
        Assert.StartsWith($"Chưa đủ tài liệu để {ProposalWorkflow.Describe(action)} đề xuất: thiếu tờ trình, biên bản hội nghị. Ban Chỉ đạo xã cần đính kèm", untyped!.Message);
    }

    [Fact]
    public void Proposing_with_every_required_type_or_acting_after_submission_needs_no_documents()
    {
        Assert.Null(ThreeLevel.MissingDocuments(ProposalAction.Submit, [DocumentType.Report, DocumentType.ConferenceMinutes, DocumentType.ProposalLetter]));
        Assert.All(Enum.GetValues<ProposalAction>().Except([ProposalAction.Submit, ProposalAction.Resubmit]),
            action => Assert.Null(ThreeLevel.MissingDocuments(action, [])));
    }

    [Fact]
    public void A_provinces_own_chain_may_require_other_types_once_each_or_none()
    {
        var chain = ApprovalChain.Create([
            new(Roles.CommuneCommittee, [ProposalAction.Submit], [DocumentType.SelfAssessment, DocumentType.Report, DocumentType.SelfAssessment]),
            new(Roles.ProvinceCommittee, [ProposalAction.Approve])]).Value;
        var none = ApprovalChain.Create([new(Roles.CommuneCommittee, [ProposalAction.Submit]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])]).Value;

        Assert.Equal([DocumentType.SelfAssessment, DocumentType.Report], chain.Steps[0].RequiredDocuments);
        Assert.Contains("thiếu biên bản tự chấm điểm.", chain.MissingDocuments(ProposalAction.Submit, [DocumentType.Report, DocumentType.ProposalLetter])!.Message);
        Assert.Null(none.MissingDocuments(ProposalAction.Submit, []));
    }

    [Fact]
    public void The_new_status_and_action_come_last_so_stored_values_keep_their_meaning()
    {
        Assert.Equal(5, (int)RemovalProposalStatus.Endorsed);
        Assert.Equal(6, (int)ProposalAction.Endorse);
        Assert.Equal(Roles.ProvincePolice, ProposalWorkflow.RequiredRole(ProposalAction.Endorse));
    }

    [Fact]
    public void The_existing_workflow_lets_only_the_police_of_the_province_endorse_and_still_refuses_the_transition()
    {
        Assert.Null(ProposalWorkflow.Authorize(SonLaPolice, ProposalAction.Endorse, "14", "118"));
        Assert.Same(DomainError.Forbidden, ProposalWorkflow.Authorize(SonLaProvince, ProposalAction.Endorse, "14", "118"));
        Assert.Contains("không có bước thẩm định", Assert.Single(ProposalWorkflow.Transition(RemovalProposalStatus.Submitted, ProposalAction.Endorse, null).Errors).Message);
    }
}
