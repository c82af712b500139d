using System.Text.Json;
using System.Text.Json.Nodes;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.DemoData;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// Sơn La's tenant state as the grains of 40a682f stored it, on the 2024 and the 2025 lists with two plan years, before
/// provinces could set approval chains (<c>StateWritten40a682f/README.md</c>): it loads with its timeline and plan years,
/// answers the editions' default chains, and takes a chain of its own.
/// </summary>
public sealed class StoredTenantWithoutChainsTests : IAsyncLifetime
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Upgrade", "StateWritten40a682f");
    private static readonly JsonNode Answers = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixture, "answers-of-40a682f.json")))!;
    private GrainCluster _cluster = null!;

    private ITenantGrain SonLa => _cluster.Grains.GetGrain<ITenantGrain>(ReferenceCase.ProvinceCode);

    public async Task InitializeAsync()
    {
        var storage = await AzuriteFixture.SharedConnectionStringAsync();
        var serviceId = GrainCluster.NewServiceId();
        await GrainStateTable.RestoreAsync(storage, serviceId, Path.Combine(Fixture, "grain-state-table.json"));
        _cluster = await GrainCluster.StartAsync(storage, serviceId);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Son_la_keeps_both_editions_and_its_plan_years_and_answers_the_default_chain_of_each_edition()
    {
        await AssertTimelineAndPlanYearsAsBeforeAsync();

        var threeLevel = await SonLa.GetApprovalChainAsync(DivisionEdition.ThreeLevel2024.Id);
        var twoLevel = await SonLa.GetApprovalChainAsync(DivisionEdition.TwoLevel2025.Id);

        AssertSameChain(new ApprovalChainInfo(ReferenceCase.ProvinceCode, "2024", Steps(ApprovalChain.ThreeLevel), IsDefault: true), threeLevel);
        AssertSameChain(new ApprovalChainInfo(ReferenceCase.ProvinceCode, "2025", Steps(ApprovalChain.TwoLevel), IsDefault: true), twoLevel);
        Assert.Equal([Roles.CommuneCommittee, Roles.ProvincePolice, Roles.ProvinceCommittee], twoLevel.Steps.Select(s => s.Role));
    }

    [Fact]
    public async Task A_chain_set_on_the_stored_tenant_is_kept_across_a_restart_beside_its_timeline_and_plan_years()
    {
        ChainStepInfo[] withoutPolice =
        [
            new(Roles.CommuneCommittee, [ProposalAction.Submit, ProposalAction.Resubmit, ProposalAction.Withdraw]),
            new(Roles.ProvinceCommittee, [ProposalAction.Approve, ProposalAction.Reject, ProposalAction.Return]),
        ];

        var set = await SonLa.SetApprovalChainAsync(ReferenceCaseLoader.ProvinceCommittee, DivisionEdition.TwoLevel2025.Id, withoutPolice);
        await _cluster.RestartAsync();

        Assert.True(set.Succeeded, string.Join("; ", set.Errors.Select(e => e.Message)));
        AssertSameChain(new ApprovalChainInfo(ReferenceCase.ProvinceCode, "2025", withoutPolice, IsDefault: false), await SonLa.GetApprovalChainAsync(DivisionEdition.TwoLevel2025.Id));
        Assert.True((await SonLa.GetApprovalChainAsync(DivisionEdition.ThreeLevel2024.Id)).IsDefault);
        await AssertTimelineAndPlanYearsAsBeforeAsync();
    }

    private async Task AssertTimelineAndPlanYearsAsBeforeAsync()
    {
        var editions = await SonLa.GetEditionsAsync();
        Assert.Equal(["2024", "2025"], editions.Select(t => t.EditionId));
        Assert.Equal(Answers["tenant 14 editions"]!.ToJsonString(), JsonSerializer.SerializeToNode(editions)!.ToJsonString());
        Assert.Equal(Answers["tenant 14 plan years"]!.ToJsonString(), JsonSerializer.SerializeToNode(await SonLa.GetPlanYearsAsync())!.ToJsonString());
        Assert.Equal("2025", (await SonLa.GetAsync())?.EditionId);
    }

    private static ChainStepInfo[] Steps(ApprovalChain chain) => [.. chain.Steps.Select(ChainStepInfo.From)];

    /// <summary>The records hold lists, which they compare by reference: compared as JSON, step by step.</summary>
    private static void AssertSameChain(ApprovalChainInfo expected, ApprovalChainInfo actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
