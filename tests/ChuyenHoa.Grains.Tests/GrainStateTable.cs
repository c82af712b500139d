using Azure.Data.Tables;

namespace ChuyenHoa.Grains.Tests;

/// <summary>The grain state rows of a storage account, to prove that an operation wrote nothing.</summary>
internal static class GrainStateTable
{
    /// <summary>Every row's ETag, keyed by partition and row key.</summary>
    public static async Task<Dictionary<string, string>> ETagsAsync(string connectionString)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("OrleansGrainState");
        var etags = new Dictionary<string, string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            etags[$"{entity.PartitionKey}/{entity.RowKey}"] = entity.ETag.ToString();
        }

        return etags;
    }
}
