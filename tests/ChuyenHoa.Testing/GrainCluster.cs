using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Host.Storage;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace ChuyenHoa.Testing;

/// <summary>
/// Orleans' in-process test cluster, one silo and no web host, running the grains over Azurite with the host's storage
/// providers, state serializer and call filters (<see cref="GrainSiloExtensions.AddChuyenHoaGrains"/>). The ServiceId keys
/// the grain state: a new one starts empty, and a cluster started again with the same one reads what the first wrote.
/// </summary>
public sealed class GrainCluster : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(2);

    private readonly InProcessTestCluster _cluster;

    private GrainCluster(InProcessTestCluster cluster, string serviceId)
    {
        _cluster = cluster;
        ServiceId = serviceId;
    }

    public string ServiceId { get; }

    public IGrainFactory Grains => _cluster.Client;

    /// <param name="serviceId">Null for empty grain state; the id of an earlier cluster to read what it stored.</param>
    public static async Task<GrainCluster> StartAsync(string connectionString, string? serviceId = null)
    {
        serviceId ??= SiloHost.NewClusterId();
        var account = StorageAccount.FromConnectionString(connectionString);
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddChuyenHoaGrains(account, serviceId));
        // Onboarding a province writes hundreds of units: on a 2-core machine shared with builds it has taken longer than
        // Orleans' default 30 s, and a timeout there says nothing about the grains.
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout));
        builder.ConfigureSilo((_, silo) => silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = CallTimeout));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new GrainCluster(cluster, serviceId);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
