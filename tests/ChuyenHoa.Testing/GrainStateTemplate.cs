using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ChuyenHoa.Silo;

namespace ChuyenHoa.Testing;

/// <summary>
/// Grain state loaded once through the grains, in the test process's Azurite under a ServiceId of its own, for tests that
/// each need it fresh: each gets a copy under a new ServiceId, which a <see cref="GrainCluster"/> of that id finds as the
/// grains stored it, for a fraction of the cost of loading it again. Copied as Orleans stores a service's state: the
/// grain state table's rows and the reminders under the service's id, and the blobs of its container.
/// </summary>
/// <param name="load">What to load, through the grains of a cluster of its own; its answer is handed to every copy.</param>
public sealed class GrainStateTemplate<T>(Func<IGrainFactory, Task<T>> load)
{
    private const int ConcurrentCopies = 16;

    private readonly Lazy<Task<(string ServiceId, T Loaded)>> _template = new(async () =>
    {
        await using var cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync());
        return (cluster.ServiceId, await load(cluster.Grains));
    });

    /// <summary>A copy of the loaded state under a new ServiceId, for a test to add to before its cluster starts.</summary>
    public async Task<(string ServiceId, T Loaded)> CopyAsync()
    {
        var (template, loaded) = await _template.Value;
        var connectionString = await AzuriteFixture.SharedConnectionStringAsync();
        var serviceId = GrainCluster.NewServiceId();
        var tables = new TableServiceClient(connectionString);
        await Task.WhenAll(
            CopyRowsAsync(tables.GetTableClient("OrleansGrainState"), $"PartitionKey ge '{template}_' and PartitionKey lt '{template}`'", template, serviceId),
            CopyRowsAsync(tables.GetTableClient("OrleansReminders"), $"ServiceId eq '{template}'", template, serviceId),
            CopyBlobsAsync(new BlobServiceClient(connectionString), template, serviceId));
        return (serviceId, loaded);
    }

    /// <summary>A cluster started on a copy of the loaded state, its grains on <paramref name="clock"/> when one is given.</summary>
    public async Task<(GrainCluster Cluster, T Loaded)> StartCopyAsync(TimeProvider? clock = null)
    {
        var (serviceId, loaded) = await CopyAsync();
        return (await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync(), serviceId, clock), loaded);
    }

    // Keys begin with the ServiceId; a reminder's row also names it and, in a GrainCluster, the ClusterId, the same id.
    private static async Task CopyRowsAsync(TableClient table, string filter, string from, string to)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentCopies }, async (row, cancellationToken) =>
        {
            var copy = new TableEntity(to + row.PartitionKey[from.Length..], row.RowKey);
            foreach (var (name, value) in row)
            {
                if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
                {
                    copy[name] = value is string text ? text.Replace(from, to, StringComparison.Ordinal) : value;
                }
            }

            await table.AddEntityAsync(copy, cancellationToken);
        });
    }

    private static async Task CopyBlobsAsync(BlobServiceClient blobs, string from, string to)
    {
        var source = blobs.GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(from));
        var target = blobs.GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(to));
        await target.CreateIfNotExistsAsync();
        var names = new List<string>();
        await foreach (var blob in source.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentCopies }, async (name, cancellationToken) =>
        {
            var content = (await source.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
            await target.GetBlobClient(name).UploadAsync(
                content.Content,
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = content.Details.ContentType } },
                cancellationToken);
        });
    }
}
