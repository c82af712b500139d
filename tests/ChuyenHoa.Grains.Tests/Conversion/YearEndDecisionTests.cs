using Azure.Storage.Blobs;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Silo;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>Sơn La's 2023 closed by one year-end decision, called on the plan grain directly.</summary>
public sealed class YearEndDecisionTests : ReferenceCaseCluster
{
    private IConversionPlanGrain Plan(int year) => Grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(ReferenceCase.ProvinceCode, year));

    private async Task<YearEndDecisionInput> DecisionAsync()
    {
        var plan = (await Plan(ReferenceCase.PlanYear).GetAsync())!;
        return new YearEndDecisionInput("520/QĐ-UBND", "2023-12-20", "Phó Chủ tịch UBND tỉnh", null, [ReferenceCase.CommuneCode],
            [.. plan.Designations.Select(d => d.CommuneCode).Where(code => code != ReferenceCase.CommuneCode)], []);
    }

    [Fact]
    public async Task The_police_and_another_provinces_committee_calling_the_grain_are_refused_and_nothing_changes()
    {
        var police = new Caller("cong-an-14", "Công an tỉnh Sơn La", [Roles.ProvincePolice], ReferenceCase.ProvinceCode, null);
        var laiChau = new Caller("province-12", "Ban Chỉ đạo 138 tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null);
        var decision = await DecisionAsync();

        var byPolice = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(police, decision, "k-police");
        var byLaiChau = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(laiChau, decision, "k-lai-chau");

        Assert.Equal((ErrorCodes.Forbidden, ErrorCodes.Forbidden), (Assert.Single(byPolice.Errors).Code, Assert.Single(byLaiChau.Errors).Code));
        Assert.Null((await Plan(ReferenceCase.PlanYear).GetAsync())!.YearEndDecision);
        Assert.Equal(RemovalProposalStatus.Submitted, (await StatusAndVersionAsync()).Status);
        Assert.Null(await Plan(2024).GetAsync());
    }

    [Fact]
    public async Task Another_decision_under_the_key_of_the_recorded_one_is_a_conflict_and_the_same_one_again_returns_the_plan()
    {
        var decision = await DecisionAsync();
        var first = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(ReferenceCaseLoader.ProvinceCommittee, decision, "k-2023");

        var again = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(ReferenceCaseLoader.ProvinceCommittee, decision, "k-2023");
        var other = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(
            ReferenceCaseLoader.ProvinceCommittee, decision with { DecisionNumber = "777/QĐ-UBND", DecisionDate = "2023-12-01" }, "k-2023");

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.Message)));
        Assert.Equal("520/QĐ-UBND", again.Value!.YearEndDecision!.DecisionNumber);
        Assert.Equal((ErrorCodes.Conflict, "decisionNumber"), (Assert.Single(other.Errors).Code, other.Errors[0].Field));
        Assert.Equal("520/QĐ-UBND", (await Plan(ReferenceCase.PlanYear).GetAsync())!.YearEndDecision!.DecisionNumber);
    }

    [Fact]
    public async Task A_decision_a_proposal_could_not_take_in_is_acknowledged_and_applied_by_the_plan_once_the_proposal_can()
    {
        // The proposal is active, then its blob is written again behind it: its next write is refused as stale, as when
        // another silo or an operator touched the storage, and the proposal reloads before it is called again.
        Assert.Equal(RemovalProposalStatus.Submitted, (await StatusAndVersionAsync()).Status);
        var blob = new BlobServiceClient(Cluster.ConnectionString).GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(Cluster.ServiceId))
            .GetBlobClient(StoredStates.ProposalBlobName(ProposalId));
        await blob.UploadAsync((await blob.DownloadContentAsync()).Value.Content, overwrite: true);

        var decided = await Plan(ReferenceCase.PlanYear).IssueYearEndDecisionAsync(ReferenceCaseLoader.ProvinceCommittee, await DecisionAsync(), "year-end-2023");

        Assert.True(decided.Succeeded, string.Join("; ", decided.Errors.Select(e => e.Message)));
        Assert.False(decided.Value!.YearEndDecision!.Applied);
        Assert.Equal(DesignationStatus.Removed, decided.Value.Designations.Single(d => d.CommuneCode == ReferenceCase.CommuneCode).Status);
        await Eventually.HoldsAsync(async () => (await Plan(ReferenceCase.PlanYear).GetAsync())!.YearEndDecision!.Applied, TimeSpan.FromSeconds(30), "the decision is applied");
        var proposal = (await Proposal.GetAsync())!;
        Assert.Equal((RemovalProposalStatus.Approved, "2023-12-20"), (proposal.Status, proposal.DecisionDate));
        Assert.Equal("520/QĐ-UBND", (await Plan(2024).GetAsync())!.DraftedFrom);
    }
}
