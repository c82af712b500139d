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
/// Grain state as the grains of 27a6d09 wrote it, before idempotency keys were scoped to the caller: the reference case
/// loaded, then the blobs of plan 14-2023 (its key "demo-reference-case-proposal" stored bare) and of Chiềng Khoang's
/// proposal copied byte for byte into <c>StateWrittenBefore</c>.
/// </summary>
public sealed class UnscopedKeyUpgradeTests : IAsyncLifetime
{
    private static readonly Guid StoredProposalId = Guid.Parse("3cd27c64-ceaf-4bad-9936-3c34f0ebd4db");
    private GrainCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var serviceId = await StoredStates.SonLa2024WithStoredPlanAndProposalAsync(Path.Combine("Conversion", "StateWrittenBefore"), StoredProposalId);
        _cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync(), serviceId);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task A_key_stored_without_its_caller_still_answers_its_submitter_and_no_one_else()
    {
        var plan = await _cluster.Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync();
        Assert.Equal(StoredProposalId, plan!.Designations.Single(d => d.CommuneCode == ReferenceCase.CommuneCode).ProposalId);

        var submitterRetry = await SubmitAsync(ReferenceCaseLoader.DistrictCommittee("118"), ReferenceCase.CommuneCode);
        var otherDistrict = await SubmitAsync(ReferenceCaseLoader.DistrictCommittee("119"), "03772");
        var colleague = await SubmitAsync(ReferenceCaseLoader.DistrictCommittee("118") with { UserId = "quynh-nhai-2" }, ReferenceCase.CommuneCode);

        Assert.Equal((StoredProposalId, 1), (submitterRetry.Value!.Id, submitterRetry.Value.Version));
        Assert.True(otherDistrict.Succeeded, string.Join("; ", otherDistrict.Errors.Select(e => e.Message)));
        Assert.NotEqual(StoredProposalId, otherDistrict.Value!.Id);
        Assert.Equal("03772", otherDistrict.Value.CommuneCode);
        // Chiềng Khoang's proposal still waits for the province: a colleague's own submission is refused, not answered with it.
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(colleague.Errors).Code);
    }

    [Fact]
    public async Task A_plan_key_stored_without_its_creators_id_still_answers_its_creator_by_name_and_no_one_else()
    {
        var plan = _cluster.Grains.GetGrain<IConversionPlanGrain>("14-2023");
        var input = new CreatePlanInput(2023, "999/QĐ-UBND", "2023-04-01", "", ["03718"], []);

        var byCreator = await plan.CreateAsync(ReferenceCaseLoader.ProvinceCommittee, input, "demo-reference-case-plan");
        var byColleague = await plan.CreateAsync(ReferenceCaseLoader.ProvinceCommittee with { UserId = "province-14-2", DisplayName = "Cán bộ thứ hai" }, input, "demo-reference-case-plan");

        Assert.Equal("314/QĐ-UBND", byCreator.Value!.DecisionNumber);
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(byColleague.Errors).Code);
    }

    [Fact]
    public async Task A_proposal_stored_before_approval_chains_is_three_level_and_the_province_decides_it_directly()
    {
        var proposal = _cluster.Grains.GetGrain<IRemovalProposalGrain>(StoredProposalId);
        var stored = (await proposal.GetAsync())!;
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], stored.Chain!.Select(s => s.Role));
        Assert.Equal((RemovalProposalStatus.Submitted, 1), (stored.Status, stored.CurrentStep));

        var endorsed = await proposal.ActAsync(new Caller("cong-an-14", "Công an tỉnh Sơn La", [Roles.ProvincePolice], "14", null), ProposalAction.Endorse, null);
        var approved = await proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Approve, null);

        // The three-level chain has no step for the provincial police.
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(endorsed.Errors).Code);
        Assert.True(approved.Succeeded, string.Join("; ", approved.Errors.Select(e => e.Message)));
        Assert.Equal((RemovalProposalStatus.Approved, 2, Roles.ProvinceCommittee), (approved.Value!.Status, approved.Value.Version, approved.Value.History[^1].Role));
        Assert.Equal(DesignationStatus.Removed, (await _cluster.Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!
            .Designations.Single(d => d.CommuneCode == ReferenceCase.CommuneCode).Status);
    }

    private Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, string commune) =>
        _cluster.Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(caller, ReferenceCase.PlanYear, new ProposalInput(
            commune, "2023-11-20", ReferenceCase.ConferenceChair, 30, "Hội nghị tổng kết năm 2023.", "Đánh giá của Ban Chỉ đạo huyện.",
                ProposalEvidence.LetterAndMinutes(commune, "2023-11-20")),
            ReferenceCaseLoader.ProposalKey);
}
