using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Host.Tests.Hosting;

/// <summary>Two hosts as the host composes its silo: Azure Table membership in the storage they share.</summary>
[Trait("Category", "Slow")]
[Collection(AzuriteCollection.Name)]
public sealed class ClusterTests(AzuriteFixture storage)
{
    [Fact]
    public async Task Two_silos_form_one_cluster_through_table_clustering_and_serve_the_same_grains()
    {
        var clusterId = SiloHost.NewClusterId();
        await using var a = await SiloHost.StartAsync(storage.ConnectionString, clusterId);
        await using var b = await SiloHost.StartAsync(storage.ConnectionString, clusterId);

        await Eventually.HoldsAsync(
            () => Task.FromResult(a.ActiveSilos == 2 && b.ActiveSilos == 2),
            TimeSpan.FromSeconds(60),
            "both silos see two active members");

        await a.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        var viaA = await a.Grains.GetGrain<IAdministrativeUnitGrain>("105").GetAsync();
        var viaB = await b.Grains.GetGrain<IAdministrativeUnitGrain>("105").GetAsync();
        Assert.NotNull(viaA);
        Assert.True(viaA.SameAs(viaB!));
        Assert.Equal("Lai Châu", viaB!.Name);
        // Grains are spread over both silos, and each silo reaches those the other one hosts.
        var tenantFromB = await b.Grains.GetGrain<ITenantGrain>("12").GetAsync();
        Assert.Equal("Lai Châu", tenantFromB?.ProvinceName);
    }
}
