using Xunit;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChuyenHoa.Testing;

/// <summary>A real Azurite, in memory, on free ports, for the lifetime of a test collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public string ConnectionString => Azurite.ConnectionString;

    public static string PackageDirectory =>
        Path.Combine(RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository."), "infra", "azurite");

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(new AzuriteLaunch(PackageDirectory, Location: null), NullLogger.Instance);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
