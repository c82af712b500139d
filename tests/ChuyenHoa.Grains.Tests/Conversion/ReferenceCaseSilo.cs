using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>A silo of its own (fresh grain state) with Sơn La onboarded and the reference case loaded.</summary>
public abstract class ReferenceCaseSilo(AzuriteFixture storage) : IAsyncLifetime
{
    protected string ClusterId { get; } = SiloHost.NewClusterId();

    protected SiloHost Silo { get; private set; } = null!;

    protected IGrainFactory Grains => Silo.Grains;

    protected Guid ProposalId { get; private set; }

    protected AzuriteFixture Storage => storage;

    public async Task InitializeAsync()
    {
        Silo = await SiloHost.StartAsync(storage.ConnectionString, ClusterId);
        await Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        ProposalId = await ReferenceCaseLoader.LoadAsync(Grains);
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    protected async Task RestartAsync()
    {
        await Silo.DisposeAsync();
        Silo = await SiloHost.StartAsync(storage.ConnectionString, ClusterId);
    }
}
