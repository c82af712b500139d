using Azure.Data.Tables;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests;

/// <summary>The grain state rows of a cluster, to prove that an operation wrote nothing.</summary>
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
}
