using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.DemoData;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// Sơn La's 2023 plan, Chiềng Khoang's proposal and Sơn La's tenant as the grains of 6cdfb52 stored them, before plans had
/// tracks, designation types, monitoring or a year-end decision (<c>StateWritten6cdfb52/README.md</c>): they read as the
/// social-order list and its year can be closed by one decision.
/// </summary>
public sealed class StoredPlanBeforeTracksTests : IAsyncLifetime
{
    private static readonly Guid StoredProposalId = StoredStates.ProposalStoredBy6cdfb52;
    private GrainCluster _cluster = null!;

    private IConversionPlanGrain Plan(int year) => _cluster.Grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(ReferenceCase.ProvinceCode, year, ProgrammeTrack.SocialOrder));

    public async Task InitializeAsync() => _cluster = await StoredStates.StartOnStateWritten6cdfb52Async();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task The_stored_plan_is_the_social_order_list_with_the_default_window_and_the_tenant_names_its_key()
    {
        var plan = (await Plan(ReferenceCase.PlanYear).GetAsync())!;
        var proposal = (await _cluster.Grains.GetGrain<IRemovalProposalGrain>(StoredProposalId).GetAsync())!;

        Assert.Equal(("14-2023", ProgrammeTrack.SocialOrder, MonitoringWindow.DefaultMonths, (YearEndDecisionInfo?)null, (string?)null),
            (plan.Key, plan.Track, plan.MonitoringMonths, plan.YearEndDecision, plan.DraftedFrom));
        Assert.All(plan.Designations, d => Assert.Equal([DesignationKind.SocialOrder], d.Types));
        Assert.All(plan.Designations, d => Assert.Null(d.RelapsedOn));
        Assert.Equal(ProgrammeTrack.SocialOrder, proposal.Track);
        Assert.Contains("14-2023", await _cluster.Grains.GetGrain<ITenantGrain>(ReferenceCase.ProvinceCode).GetPlanKeysAsync());
    }

    [Fact]
    public async Task A_year_end_decision_on_the_stored_plan_approves_the_stored_proposal_and_drafts_2024_which_stay_after_a_restart()
    {
        var plan = (await Plan(ReferenceCase.PlanYear).GetAsync())!;
        var continuing = plan.Designations.Select(d => d.CommuneCode).Where(code => code != ReferenceCase.CommuneCode).ToArray();

        var decided = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(ReferenceCaseLoader.ProvinceCommittee,
            new YearEndDecisionInput("520/QĐ-UBND", "2023-12-20", "Phó Chủ tịch UBND tỉnh", null, [ReferenceCase.CommuneCode], continuing, []), "year-end-2023");
        await _cluster.RestartAsync();

        Assert.True(decided.Succeeded, string.Join("; ", decided.Errors.Select(e => e.Message)));
        var reloaded = (await Plan(ReferenceCase.PlanYear).GetAsync())!;
        Assert.Equal(("520/QĐ-UBND", true, (int?)2024), (reloaded.YearEndDecision!.DecisionNumber, reloaded.YearEndDecision.Applied, reloaded.YearEndDecision.NextPlanYear));
        Assert.Equal(DesignationStatus.Removed, reloaded.Designations.Single(d => d.CommuneCode == ReferenceCase.CommuneCode).Status);
        Assert.All(reloaded.Designations.Where(d => d.CommuneCode != ReferenceCase.CommuneCode), d => Assert.Equal(DesignationStatus.Continuing, d.Status));
        var proposal = (await _cluster.Grains.GetGrain<IRemovalProposalGrain>(StoredProposalId).GetAsync())!;
        Assert.Equal((RemovalProposalStatus.Approved, "2023-12-20"), (proposal.Status, proposal.DecisionDate));
        var next = (await Plan(2024).GetAsync())!;
        Assert.Equal("520/QĐ-UBND", next.DraftedFrom);
        Assert.Equal(continuing, next.Designations.Select(d => d.CommuneCode));
        Assert.Equal([2023, 2024], await _cluster.Grains.GetGrain<ITenantGrain>(ReferenceCase.ProvinceCode).GetPlanYearsAsync());
    }
}
