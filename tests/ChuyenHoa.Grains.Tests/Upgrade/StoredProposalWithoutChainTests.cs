using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// Chiềng Khoang's proposal and Sơn La's 2023 plan as the grains of d3ef827 stored them, before approval chains
/// (<c>StateWrittenD3ef827/README.md</c>): the proposal loads as three-level and moves as it did then.
/// </summary>
public sealed class StoredProposalWithoutChainTests : IAsyncLifetime
{
    private static readonly Guid StoredProposalId = Guid.Parse("6619d699285c475e914909838da0b218");
    private static readonly Caller Police = new("cong-an-14", "Công an tỉnh Sơn La", [Roles.ProvincePolice], "14", null);
    private static readonly Caller ChiengKhoangCommune = new("xa-03718", "Ban Chỉ đạo 138 xã Chiềng Khoang", [Roles.CommuneCommittee], "14", null, "03718");
    private GrainCluster _cluster = null!;

    private IRemovalProposalGrain Proposal => _cluster.Grains.GetGrain<IRemovalProposalGrain>(StoredProposalId);

    public async Task InitializeAsync()
    {
        var serviceId = await StoredStates.SonLa2024WithStoredPlanAndProposalAsync(Path.Combine("Upgrade", "StateWrittenD3ef827"), StoredProposalId);
        _cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync(), serviceId);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task It_reads_as_three_level_waiting_for_the_province_which_approves_it_directly()
    {
        var stored = (await Proposal.GetAsync())!;
        Assert.Equal((ReferenceCase.CommuneCode, RemovalProposalStatus.Submitted, 1), (stored.CommuneCode, stored.Status, stored.Version));
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], stored.Chain!.Select(s => s.Role));
        Assert.Equal(1, stored.CurrentStep);

        var endorsed = await Proposal.ActAsync(Police, ProposalAction.Endorse, null);
        var approved = await Proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Approve, null);

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(endorsed.Errors).Code);
        Assert.True(approved.Succeeded, string.Join("; ", approved.Errors.Select(e => e.Message)));
        Assert.Equal((RemovalProposalStatus.Approved, 2, (int?)null), (approved.Value!.Status, approved.Value.Version, approved.Value.CurrentStep));
        Assert.Equal([(ProposalAction.Submit, Roles.DistrictCommittee), (ProposalAction.Approve, Roles.ProvinceCommittee)],
            approved.Value.History.Select(e => (e.Action, e.Role)));
        Assert.Equal(DesignationStatus.Removed, await DesignationAsync());
    }

    [Fact]
    public async Task Returned_it_goes_back_to_the_district_not_to_a_commune_committee_and_keeps_its_chain_after_a_restart()
    {
        var returned = await Proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Return, "Bổ sung biên bản hội nghị");
        Assert.Equal((RemovalProposalStatus.Returned, 0), (returned.Value!.Status, returned.Value.CurrentStep));

        var byCommune = await SubmitAsync(ChiengKhoangCommune, "commune-key");
        var byDistrict = await SubmitAsync(ReferenceCaseLoader.DistrictCommittee("118"), "district-key");

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(byCommune.Errors).Code);
        Assert.True(byDistrict.Succeeded, string.Join("; ", byDistrict.Errors.Select(e => e.Message)));
        Assert.Equal((StoredProposalId, RemovalProposalStatus.Submitted, 1), (byDistrict.Value!.Id, byDistrict.Value.Status, byDistrict.Value.CurrentStep));

        await _cluster.RestartAsync();
        var reloaded = (await Proposal.GetAsync())!;
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], reloaded.Chain!.Select(s => s.Role));
        Assert.Equal((RemovalProposalStatus.Submitted, 1, 3), (reloaded.Status, reloaded.CurrentStep, reloaded.Version));
        Assert.True((await Proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Reject, "Chưa đạt")).Succeeded);
    }

    [Fact]
    public async Task Its_snapshot_and_the_plans_criteria_stored_before_ratios_attestations_and_groups_read_as_they_were_and_evaluate_alike_when_resubmitted()
    {
        var stored = (await Proposal.GetAsync())!;
        var plan = (await _cluster.Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!;

        Assert.Equal(ReferenceCase.Plan.RemovalCriteria.Select(CriterionInfo.Of), plan.RemovalCriteria);
        Assert.Null(stored.Snapshot.Attestations);
        Assert.Equal(6, stored.Snapshot.Criteria.Count);
        Assert.True(stored.Snapshot.AllCriteriaMet);
        Assert.All(stored.Snapshot.Criteria, c => Assert.Equal(
            (null, null, null, null, null, null), (c.Denominator, c.Fact, c.Statement, c.DenominatorValue, c.Attestation, c.Members)));

        await Proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Return, "Bổ sung biên bản hội nghị");
        var resubmitted = (await SubmitAsync(ReferenceCaseLoader.DistrictCommittee("118"), "district-key")).Value!;

        Assert.Equal(
            stored.Snapshot.Criteria.Select(c => (c.Indicator, c.Kind, c.Threshold, c.Description)),
            resubmitted.Snapshot.Criteria.Select(c => (c.Indicator, c.Kind, c.Threshold, c.Description)));
        Assert.Empty(resubmitted.Snapshot.Attestations!);
    }

    private Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, string key) =>
        _cluster.Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(caller, ReferenceCase.PlanYear, new ProposalInput(
            ReferenceCase.CommuneCode, "2023-11-20", ReferenceCase.ConferenceChair, 30, "Hội nghị tổng kết năm 2023.", "Đánh giá của Ban Chỉ đạo huyện.", []), key);

    private async Task<DesignationStatus> DesignationAsync() =>
        (await _cluster.Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!.Designations.Single(d => d.CommuneCode == ReferenceCase.CommuneCode).Status;
}
