using ChuyenHoa.Host.Storage;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// Owns the embedded Azurite. Registered before the silo, so it stops after the silo has left the cluster
/// (hosted services stop in reverse order).
/// </summary>
internal sealed class AzuriteLifetime(AzuriteProcess azurite) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await azurite.DisposeAsync();
}
