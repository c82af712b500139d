using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.AdministrativeUnits;

/// <summary>A cluster restarted on the same storage. Two silos in one cluster: ChuyenHoa.Host.Tests' ClusterTests, on real hosts.</summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task The_hierarchy_survives_a_silo_restart_on_the_same_storage()
    {
        await using var cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync());
        await cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        var before = await cluster.Grains.GetGrain<IAdministrativeUnitGrain>("118").GetAsync();

        await cluster.RestartAsync();

        var after = await cluster.Grains.GetGrain<IAdministrativeUnitGrain>("118").GetAsync();
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.True(before.SameAs(after));
        Assert.Contains("03718", after.ChildCodes);
        Assert.Equal("Chiềng Khoang", (await cluster.Grains.GetGrain<IAdministrativeUnitGrain>("03718").GetAsync())?.Name);
        Assert.NotNull(await cluster.Grains.GetGrain<ITenantGrain>("14").GetAsync());
    }
}
