using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChuyenHoa.Silo;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// The storage of one run of another commit's grains (<c>Upgrade/StateWritten{commit}</c>, whose README says how it was made)
/// and what those grains answered (<c>answers-of-{commit}.json</c>): every table entity, reminder and blob of that run, put in
/// a fresh service's storage before its cluster starts.
/// </summary>
internal sealed class WrittenState
{
    private readonly string _folder;
    private readonly string _writtenByServiceId;

    /// <param name="commit">The commit's short hash, as the fixture's folder, answers file and service id (<c>upgrade-{commit}</c>) name it.</param>
    public WrittenState(string commit)
    {
        _folder = Path.Combine(AppContext.BaseDirectory, "Upgrade", $"StateWritten{char.ToUpperInvariant(commit[0])}{commit[1..]}");
        _writtenByServiceId = $"upgrade-{commit}";
        Answers = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, $"answers-of-{commit}.json")))!;
    }

    /// <summary>What the commit's grains answered, by question.</summary>
    public JsonNode Answers { get; }

    /// <summary>The answer to <paramref name="question"/> is, in JSON, exactly what the commit's grains answered.</summary>
    public async Task AssertAnsweredAsBeforeAsync<T>(string question, Task<T> answer) =>
        Assert.Equal(Answers[question]!.ToJsonString(), JsonSerializer.SerializeToNode(await answer)!.ToJsonString());

    /// <summary>A cluster of a new service on the shared Azurite, started on the stored state.</summary>
    public async Task<GrainCluster> StartClusterAsync()
    {
        var storage = await AzuriteFixture.SharedConnectionStringAsync();
        var serviceId = GrainCluster.NewServiceId();
        await RestoreAsync(storage, serviceId);
        return await GrainCluster.StartAsync(storage, serviceId);
    }

    /// <summary>
    /// Puts the stored state in the places of service <paramref name="serviceId"/>, as Orleans names them: table keys begin with
    /// the service id (<c>{service}_{grain type}_{key}</c>), blobs are in the service's container (see GrainsRegistration), and
    /// reminders name their service and cluster (the same id in a GrainCluster).
    /// </summary>
    private async Task RestoreAsync(string storage, string serviceId)
    {
        await GrainStateTable.RestoreAsync(storage, serviceId, Path.Combine(_folder, "grain-state-table.json"));
        var reminders = new TableServiceClient(storage).GetTableClient("OrleansReminders");
        await reminders.CreateIfNotExistsAsync();
        foreach (var row in JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "reminders-table.json")))!.AsArray())
        {
            var entity = new TableEntity();
            foreach (var (name, value) in row!.AsObject())
            {
                entity[name] = ((string)value!).Replace(_writtenByServiceId, serviceId, StringComparison.Ordinal);
            }

            // Its first tick an hour ahead: started in the past, a reminder of one minute fires within a minute of the
            // silo's start, and the test, not the reminder, is to wake the grain.
            entity["StartAt"] = LogFormatter.PrintDate(DateTime.UtcNow.AddHours(1));
            await reminders.AddEntityAsync(entity);
        }

        var container = new BlobServiceClient(storage).GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(serviceId));
        await container.CreateIfNotExistsAsync();
        foreach (var file in Directory.GetFiles(_folder, "*.bin"))
        {
            // indicators-unitindicators_03718.bin was the blob indicators-unitindicators/03718.json; a key's characters that
            // a file name may not hold are escaped (indicators-unitindicators_2025%3A03703.bin: the key 2025:03703).
            var name = Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(file));
            var split = name.IndexOf('_', StringComparison.Ordinal);
            await container.GetBlobClient($"{name[..split]}/{name[(split + 1)..]}.json").UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(file)));
        }
    }

    /// <summary>The reminders of the cluster's service.</summary>
    public static async Task<List<TableEntity>> ReminderRowsAsync(GrainCluster cluster)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in new TableServiceClient(cluster.ConnectionString).GetTableClient("OrleansReminders").QueryAsync<TableEntity>($"ServiceId eq '{cluster.ServiceId}'"))
        {
            rows.Add(row);
        }

        return rows;
    }
}
