using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>
/// Sơn La onboarded on the 2025 edition (two levels): a plan of 2026 naming Xã Quỳnh Nhai (03703) and Phường Tô Hiệu (03646),
/// and Quỳnh Nhai's commune committee's proposal going through the two-level chain. Each test starts from a copy of that state.
/// </summary>
public sealed class TwoLevelProposalChainTests : IAsyncLifetime
{
    private const string QuynhNhaiCode = "03703";
    private const string ToHieuCode = "03646";
    private const int PlanYear = 2026;

    private static readonly Caller QuynhNhai = new("xa-03703", "Ban Chỉ đạo 138 Xã Quỳnh Nhai", [Roles.CommuneCommittee], "14", null, QuynhNhaiCode);
    private static readonly Caller ToHieu = new("xa-03646", "Ban Chỉ đạo 138 Phường Tô Hiệu", [Roles.CommuneCommittee], "14", null, ToHieuCode);
    private static readonly Caller Police = new("cong-an-14", "Công an tỉnh Sơn La", [Roles.ProvincePolice], "14", null);
    private static readonly Caller OtherPolice = new("cong-an-12", "Công an tỉnh Lai Châu", [Roles.ProvincePolice], "12", null);
    private static readonly Caller Province = ReferenceCaseLoader.ProvinceCommittee;
    private static readonly Caller Analyst = new("analyst-14", "Chuyên viên phân tích", [Roles.Analyst], "14", null);

    private static readonly GrainStateTemplate<PlanInfo> SonLa2025WithItsPlan = new(async grains =>
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
        var plan = ReferenceCase.Plan;
        return ReferenceCaseLoader.EnsureSucceeded(await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor("14", PlanYear)).CreateAsync(Province,
            new CreatePlanInput(PlanYear, "15/QĐ-UBND", "2026-01-15", "", [QuynhNhaiCode, ToHieuCode],
                [.. plan.RemovalCriteria.Select(CriterionInput.From)]), null), "kế hoạch 2026");
    });

    private GrainCluster _cluster = null!;

    private IGrainFactory Grains => _cluster.Grains;

    public async Task InitializeAsync() => (_cluster, _) = await SonLa2025WithItsPlan.StartCopyAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task The_commune_committee_submits_the_police_endorse_and_the_province_approves()
    {
        var submitted = await SubmitAsync(QuynhNhai, QuynhNhaiCode, "de-xuat-1");
        Assert.True(submitted.Succeeded, Errors(submitted));
        var proposal = Grains.GetGrain<IRemovalProposalGrain>(submitted.Value!.Id);
        Assert.Equal([Roles.CommuneCommittee, Roles.ProvincePolice, Roles.ProvinceCommittee], submitted.Value.Chain!.Select(s => s.Role));
        Assert.Equal((RemovalProposalStatus.Submitted, 1), (submitted.Value.Status, submitted.Value.CurrentStep));
        Assert.Equal(DesignationStatus.Proposed, await DesignationAsync(QuynhNhaiCode));

        var endorsed = await proposal.ActAsync(Police, ProposalAction.Endorse, null, "tham-dinh-1");
        Assert.True(endorsed.Succeeded, Errors(endorsed));
        Assert.Equal((RemovalProposalStatus.Endorsed, 2), (endorsed.Value!.Status, endorsed.Value.CurrentStep));
        Assert.Equal(DesignationStatus.Proposed, await DesignationAsync(QuynhNhaiCode));

        var approved = await proposal.ActAsync(Province, ProposalAction.Approve, null);
        Assert.True(approved.Succeeded, Errors(approved));
        Assert.Equal((RemovalProposalStatus.Approved, (int?)null), (approved.Value!.Status, approved.Value.CurrentStep));
        Assert.Equal(
            [(ProposalAction.Submit, Roles.CommuneCommittee, QuynhNhai.UserId), (ProposalAction.Endorse, Roles.ProvincePolice, Police.UserId), (ProposalAction.Approve, Roles.ProvinceCommittee, Province.UserId)],
            approved.Value.History.Select(e => (e.Action, e.Role, e.ActorId)));
        Assert.Equal(DesignationStatus.Removed, await DesignationAsync(QuynhNhaiCode));
        var listed = Assert.Single(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]));
        Assert.Equal((RemovalProposalStatus.Approved, 3), (listed.Status, listed.Version));
    }

    [Fact]
    public async Task The_province_cannot_approve_before_the_police_endorse_and_the_police_cannot_decide()
    {
        var proposal = await SubmittedAsync();

        var approveEarly = await proposal.ActAsync(Province, ProposalAction.Approve, null);
        var approveByPolice = await proposal.ActAsync(Police, ProposalAction.Approve, null);
        await proposal.ActAsync(Police, ProposalAction.Endorse, null);
        var endorseAgain = await proposal.ActAsync(Police, ProposalAction.Endorse, null);
        var rejectByPolice = await proposal.ActAsync(Police, ProposalAction.Reject, "Không đồng ý");

        Assert.Equal(ErrorCodes.InvalidState, Assert.Single(approveEarly.Errors).Code);
        Assert.Contains("Công an tỉnh", approveEarly.Errors[0].Message);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(approveByPolice.Errors).Code);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Single(endorseAgain.Errors).Code);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(rejectByPolice.Errors).Code);
        Assert.Equal((RemovalProposalStatus.Endorsed, 2), await StatusAndVersionAsync(proposal));
    }

    [Fact]
    public async Task Only_the_provincial_police_of_the_province_endorse()
    {
        var proposal = await SubmittedAsync();

        foreach (var caller in new[] { QuynhNhai, ToHieu, Province, Analyst, OtherPolice })
        {
            var outcome = await proposal.ActAsync(caller, ProposalAction.Endorse, null);
            Assert.Equal(ErrorCodes.Forbidden, Assert.Single(outcome.Errors).Code);
        }

        Assert.Equal((RemovalProposalStatus.Submitted, 1), await StatusAndVersionAsync(proposal));
    }

    [Fact]
    public async Task The_police_return_the_commune_resubmits_and_the_province_rejects_after_the_second_review()
    {
        var proposal = await SubmittedAsync();

        var withoutReason = await proposal.ActAsync(Police, ProposalAction.Return, " ");
        var returned = await proposal.ActAsync(Police, ProposalAction.Return, "Bổ sung biên bản có chữ ký");
        Assert.Equal((ErrorCodes.ValidationFailed, "reason"), (Assert.Single(withoutReason.Errors).Code, withoutReason.Errors[0].Field));
        Assert.Equal((RemovalProposalStatus.Returned, 0), (returned.Value!.Status, returned.Value.CurrentStep));
        Assert.Equal(DesignationStatus.Designated, await DesignationAsync(QuynhNhaiCode));

        var resubmitted = await SubmitAsync(QuynhNhai, QuynhNhaiCode, "de-xuat-2");
        Assert.True(resubmitted.Succeeded, Errors(resubmitted));
        Assert.Equal((proposal.GetPrimaryKey(), RemovalProposalStatus.Submitted, 1), (resubmitted.Value!.Id, resubmitted.Value.Status, resubmitted.Value.CurrentStep));
        await proposal.ActAsync(Police, ProposalAction.Endorse, null);
        var rejected = await proposal.ActAsync(Province, ProposalAction.Reject, "Chưa đạt tiêu chí camera");

        Assert.True(rejected.Succeeded, Errors(rejected));
        Assert.Equal(
            [ProposalAction.Submit, ProposalAction.Return, ProposalAction.Resubmit, ProposalAction.Endorse, ProposalAction.Reject],
            rejected.Value!.History.Select(e => e.Action));
        Assert.Equal([Roles.CommuneCommittee, Roles.ProvincePolice, Roles.CommuneCommittee, Roles.ProvincePolice, Roles.ProvinceCommittee], rejected.Value.History.Select(e => e.Role));
        Assert.Equal(DesignationStatus.Designated, await DesignationAsync(QuynhNhaiCode));
    }

    [Fact]
    public async Task The_province_may_return_an_endorsed_proposal_to_the_commune_which_may_then_withdraw_it()
    {
        var proposal = await SubmittedAsync();
        await proposal.ActAsync(Police, ProposalAction.Endorse, null);

        var returned = await proposal.ActAsync(Province, ProposalAction.Return, "Làm rõ số liệu tháng 10");
        var withdrawnByOther = await proposal.ActAsync(ToHieu, ProposalAction.Withdraw, null);
        var withdrawn = await proposal.ActAsync(QuynhNhai, ProposalAction.Withdraw, null);

        Assert.Equal((RemovalProposalStatus.Returned, 0), (returned.Value!.Status, returned.Value.CurrentStep));
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(withdrawnByOther.Errors).Code);
        Assert.Equal((RemovalProposalStatus.Withdrawn, (int?)null), (withdrawn.Value!.Status, withdrawn.Value.CurrentStep));
    }

    [Fact]
    public async Task An_endorsement_retried_with_its_key_by_the_same_officer_is_recorded_once()
    {
        var proposal = await SubmittedAsync();

        var first = await proposal.ActAsync(Police, ProposalAction.Endorse, null, "tham-dinh");
        var retry = await proposal.ActAsync(Police, ProposalAction.Endorse, null, "tham-dinh");
        var colleague = await proposal.ActAsync(Police with { UserId = "cong-an-14-2" }, ProposalAction.Endorse, null, "tham-dinh");

        Assert.Equal(first.Value, retry.Value);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Single(colleague.Errors).Code);
        Assert.Equal((RemovalProposalStatus.Endorsed, 2), await StatusAndVersionAsync(proposal));
    }

    [Fact]
    public async Task Only_the_communes_own_committee_proposes_for_it()
    {
        var byOtherCommune = await SubmitAsync(ToHieu, QuynhNhaiCode, "k1");
        var byPolice = await SubmitAsync(Police, QuynhNhaiCode, "k2");
        var byProvince = await SubmitAsync(Province, QuynhNhaiCode, "k3");
        var byDistrict = await SubmitAsync(ReferenceCaseLoader.DistrictCommittee("118"), QuynhNhaiCode, "k4");

        Assert.All([byOtherCommune, byPolice, byProvince, byDistrict], o => Assert.Equal(ErrorCodes.Forbidden, Assert.Single(o.Errors).Code));
        Assert.Empty(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]));
        Assert.True((await SubmitAsync(ToHieu, ToHieuCode, "k5")).Succeeded);
    }

    [Fact]
    public async Task A_commune_committee_reports_for_its_own_commune_only()
    {
        var report = new ReportInput("2025-11", [new IndicatorInput("security_cameras", 40)]);

        // The communes' indicator grains are keyed in the 2025 edition: bare 03703 would be the 2024 Mường Giàng.
        var own = await Grains.GetGrain<IUnitIndicatorsGrain>(TwoLevelKey(QuynhNhaiCode)).RecordReportAsync(QuynhNhai, report);
        var other = await Grains.GetGrain<IUnitIndicatorsGrain>(TwoLevelKey(ToHieuCode)).RecordReportAsync(QuynhNhai, report);
        var byPolice = await Grains.GetGrain<IUnitIndicatorsGrain>(TwoLevelKey(QuynhNhaiCode)).RecordReportAsync(Police, report);

        Assert.True(own.Succeeded, Errors(own));
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(other.Errors).Code);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(byPolice.Errors).Code);
        Assert.Equal(40L, Assert.Single(await Grains.GetGrain<IUnitIndicatorsGrain>(TwoLevelKey(QuynhNhaiCode)).GetValuesAsync("2025-11", ["security_cameras"])).Value);
    }

    [Fact]
    public async Task The_proposal_freezes_the_figures_of_the_2025_commune_not_of_the_2024_commune_of_the_same_code()
    {
        ReferenceCaseLoader.EnsureSucceeded(await Grains.GetGrain<IUnitIndicatorsGrain>(TwoLevelKey(QuynhNhaiCode))
            .RecordReportAsync(QuynhNhai, new ReportInput("2026-10", [new IndicatorInput("security_cameras", 42)])), "báo cáo 2026-10");

        var proposal = await SubmittedAsync();

        var snapshot = (await proposal.GetAsync())!.Snapshot;
        Assert.Equal(("2026", 42L), (snapshot.Period, snapshot.Indicators.Single(i => i.Indicator == "security_cameras").Value));
    }

    [Fact]
    public async Task Evidence_of_a_commune_proposal_is_read_by_its_commune_the_police_and_the_province_only()
    {
        var conference = ReferenceCase.Conference;
        var submitted = await Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(QuynhNhai, PlanYear, new ProposalInput(
            QuynhNhaiCode, "2026-11-20", conference.Chair, conference.Attendance, conference.Summary, "Đủ điều kiện",
            ProposalEvidence.LetterAndMinutes(QuynhNhaiCode, "2026-11-20")), "k");
        var proposal = Grains.GetGrain<IRemovalProposalGrain>(submitted.Value!.Id);

        Assert.Equal([DocumentType.ProposalLetter, DocumentType.ConferenceMinutes], submitted.Value.Evidence.Select(e => e.Type));
        foreach (var sha256 in submitted.Value.Evidence.Select(e => e.Sha256))
        {
            foreach (var reader in new[] { QuynhNhai, Police, Province })
            {
                Assert.NotNull(await proposal.ReadEvidenceAsync(reader, sha256));
            }

            Assert.Null(await proposal.ReadEvidenceAsync(ToHieu, sha256));
            Assert.Null(await proposal.ReadEvidenceAsync(OtherPolice, sha256));
        }
    }

    private async Task<IRemovalProposalGrain> SubmittedAsync()
    {
        var submitted = await SubmitAsync(QuynhNhai, QuynhNhaiCode, "de-xuat");
        Assert.True(submitted.Succeeded, Errors(submitted));
        return Grains.GetGrain<IRemovalProposalGrain>(submitted.Value!.Id);
    }

    private Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, string commune, string key)
    {
        var conference = ReferenceCase.Conference;
        return Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(caller, PlanYear, new ProposalInput(
            commune, "2026-11-20", conference.Chair, conference.Attendance, conference.Summary, "Xã đã hết phức tạp về an ninh trật tự.",
            ProposalEvidence.LetterAndMinutes(commune, "2026-11-20")), key);
    }

    private static async Task<(RemovalProposalStatus, int)> StatusAndVersionAsync(IRemovalProposalGrain proposal)
    {
        var info = (await proposal.GetAsync())!;
        return (info.Status, info.Version);
    }

    private async Task<DesignationStatus> DesignationAsync(string commune) =>
        (await Grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor("14", PlanYear)).GetAsync())!.Designations.Single(d => d.CommuneCode == commune).Status;

    private static string TwoLevelKey(string code) => new UnitKey(DivisionEdition.TwoLevel2025, code).StorageKey;

    private static string Errors<T>(Outcome<T> outcome) => string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}"));
}
