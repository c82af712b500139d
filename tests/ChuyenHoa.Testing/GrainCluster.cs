using ChuyenHoa.Silo;
using ChuyenHoa.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ChuyenHoa.Testing;

/// <summary>
/// Orleans' own in-process test cluster of one silo, composed as the host composes its grains
/// (<see cref="GrainsRegistration.AddChuyenHoaGrains"/>) over a real Azure Table and Blob storage (Azurite), without the web
/// host. Membership and transport are the test cluster's, in memory: grain tests do not test clustering.
/// </summary>
public sealed class GrainCluster : IAsyncDisposable
{
    private InProcessTestCluster _cluster;

    private readonly TimeProvider? _clock;

    private GrainCluster(InProcessTestCluster cluster, string connectionString, string serviceId, TimeProvider? clock)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
        ServiceId = serviceId;
        _clock = clock;
    }

    public string ConnectionString { get; }

    /// <summary>Keeps this cluster's grain state apart from any other's on the same storage; the ClusterId is the same id.</summary>
    public string ServiceId { get; }

    /// <summary>
    /// The silo's own grain factory, as the host's API calls grains from inside its silo: a call copies arguments and
    /// answers of types that are not [Immutable], and serializes nothing.
    /// </summary>
    public IGrainFactory Grains => _cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();

    public static string NewServiceId() => $"test-{Guid.NewGuid():N}";

    /// <summary>
    /// Starts a cluster whose grains find the state stored under <paramref name="serviceId"/>: a new id starts from empty
    /// grain state even on a shared Azurite, and the id of a stopped cluster finds what that one wrote. <paramref name="clock"/>
    /// is the grains' clock (a FakeTimeProvider a test moves); the system's by default.
    /// </summary>
    public static async Task<GrainCluster> StartAsync(string connectionString, string? serviceId = null, TimeProvider? clock = null)
    {
        serviceId ??= NewServiceId();
        return new GrainCluster(await DeployAsync(connectionString, serviceId, clock), connectionString, serviceId, clock);
    }

    /// <summary>Stops the silo and starts a new one on the same storage: whatever the grains had only in memory is gone.</summary>
    public async Task RestartAsync()
    {
        await _cluster.DisposeAsync();
        _cluster = await DeployAsync(ConnectionString, ServiceId, _clock);
    }

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    private static async Task<InProcessTestCluster> DeployAsync(string connectionString, string serviceId, TimeProvider? clock)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        // Tests call grains through a silo (Grains), so the cluster starts no client of its own.
        builder.Options.InitializeClientOnDeploy = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(StorageAccount.FromConnectionString(connectionString));
            if (clock is not null)
            {
                // Before the grains' registration, which adds the system clock only where none is.
                silo.Services.AddSingleton(clock);
            }

            silo.AddChuyenHoaGrains();
        });
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

        return cluster;
    }
}
