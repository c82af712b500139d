using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

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

    /// <summary>
    /// Deletes every table and blob container. Azurite answers a table query by scanning the whole table, so tests that
    /// each start from empty grain state on a shared Azurite clear what they stored, lest every test pay for all before it.
    /// </summary>
    public async Task ClearAsync()
    {
        var tables = new TableServiceClient(ConnectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await tables.DeleteTableAsync(table.Name);
        }

        var blobs = new BlobServiceClient(ConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            await blobs.DeleteBlobContainerAsync(container.Name);
        }
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
