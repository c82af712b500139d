using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests;

/// <summary>The grain state rows of a cluster: to prove that an operation wrote nothing, or to put rows another commit wrote in its place.</summary>
internal static class GrainStateTable
{
    /// <summary>Every row's ETag, keyed by partition and row key, of the cluster's service (its partition keys begin with its ServiceId): other tests' clusters write beside it.</summary>
    public static async Task<Dictionary<string, string>> ETagsAsync(GrainCluster cluster)
    {
        var table = new TableServiceClient(cluster.ConnectionString).GetTableClient("OrleansGrainState");
        var etags = new Dictionary<string, string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            if (entity.PartitionKey.StartsWith(cluster.ServiceId + "_", StringComparison.Ordinal))
            {
                etags[$"{entity.PartitionKey}/{entity.RowKey}"] = entity.ETag.ToString();
            }
        }

        return etags;
    }

    /// <summary>
    /// Deletes the row of one grain's state (partition key without the service id, as the fixtures name it), as if it had never been
    /// written; the answer's status is 404 when there was no such row.
    /// </summary>
    public static Task<Azure.Response> DeleteAsync(GrainCluster cluster, string partitionKey, string rowKey) =>
        new TableServiceClient(cluster.ConnectionString).GetTableClient("OrleansGrainState").DeleteEntityAsync($"{cluster.ServiceId}_{partitionKey}", rowKey);

    /// <summary>
    /// Puts the rows of <paramref name="file"/> (partition key without the service id, row key, <c>Data</c> in base64, as the
    /// upgrade fixtures hold them) in the storage of service <paramref name="serviceId"/>, whose table keys begin with its id,
    /// in place of any row of the same keys (a copied template's), before the service's cluster starts.
    /// </summary>
    public static async Task RestoreAsync(string connectionString, string serviceId, string file)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("OrleansGrainState");
        await table.CreateIfNotExistsAsync();
        foreach (var row in JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsArray())
        {
            await table.UpsertEntityAsync(new TableEntity($"{serviceId}_{row!["PartitionKey"]}", (string)row["RowKey"]!)
            {
                ["Data"] = Convert.FromBase64String((string)row["Data"]!),
            }, TableUpdateMode.Replace);
        }
    }
}
