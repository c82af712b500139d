using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>
/// A grain cluster of its own for each test (fresh grain state), with Sơn La onboarded and the reference case loaded: the
/// tests change the one reference case (its plan, Chiềng Khoang's reports and proposal, whose keys are real unit codes) and
/// check its exact figures, so they cannot share one.
/// </summary>
public abstract class ReferenceCaseSilo(AzuriteFixture storage) : IAsyncLifetime
{
    private GrainCluster _cluster = null!;

    protected IGrainFactory Grains => _cluster.Grains;

    protected Guid ProposalId { get; private set; }

    public async Task InitializeAsync()
    {
        _cluster = await GrainCluster.StartAsync(storage.ConnectionString);
        await Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        ProposalId = await ReferenceCaseLoader.LoadAsync(Grains);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await storage.ClearAsync();
    }

    protected async Task RestartAsync()
    {
        await _cluster.DisposeAsync();
        _cluster = await GrainCluster.StartAsync(storage.ConnectionString, _cluster.ServiceId);
    }
}
