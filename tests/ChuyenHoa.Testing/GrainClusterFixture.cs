using Xunit;

namespace ChuyenHoa.Testing;

/// <summary>
/// One Azurite and one <see cref="GrainCluster"/> on it for the tests of a collection, which run one after another and
/// keep apart by the keys of the grains they use.
/// </summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    private GrainCluster? _cluster;

    public AzuriteFixture Storage { get; } = new();

    public GrainCluster Cluster => _cluster ?? throw new InvalidOperationException("The grain cluster has not started.");

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        _cluster = await GrainCluster.StartAsync(Storage.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await Storage.DisposeAsync();
    }
}
