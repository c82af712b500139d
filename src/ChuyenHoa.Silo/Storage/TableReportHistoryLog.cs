using System.Text.Json;
using Azure.Data.Tables;
using ChuyenHoa.Grains.Conversion;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ChuyenHoa.Silo.Storage;

/// <summary>
/// Report revisions in the <c>ReportRevisions</c> table: a partition per service and unit, a row per version and month
/// (<c>{version:D19}_{month}</c>, so rows come back oldest first), the month's changes in one property. A version's rows
/// are written in one transaction per hundred, as upserts, so writing them again changes nothing.
/// </summary>
internal sealed class TableReportHistoryLog(StorageAccount account, IOptions<ClusterOptions> cluster) : IReportHistoryLog
{
    /// <summary>Azure's limit of actions in one transaction.</summary>
    private const int RowsPerTransaction = 100;

    private const string AtTicks = "AtUtcTicks";

    private readonly TableClient _table = account.Tables.GetTableClient("ReportRevisions");
    private readonly string _service = Uri.EscapeDataString(cluster.Value.ServiceId);
    private bool _tableExists;

    public async Task AppendAsync(string unitKey, IReadOnlyList<StoredRevision> revisions, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var partition = PartitionOf(unitKey);
        var rows = revisions
            .GroupBy(r => (r.Version, r.Period))
            .Select(month => ToRow(partition, [.. month]))
            .ToArray();
        foreach (var chunk in rows.Chunk(RowsPerTransaction))
        {
            await _table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StoredRevision>> ReadAsync(string unitKey, long? version = null, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var filter = version is { } only
            ? TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(unitKey)} and RowKey gt {$"{only:D19}_"} and RowKey lt {$"{only:D19}`"}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(unitKey)}");
        var revisions = new List<StoredRevision>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            revisions.AddRange(FromRow(row));
        }

        return revisions;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableExists)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            _tableExists = true;
        }
    }

    private string PartitionOf(string unitKey) => $"{_service}_{Uri.EscapeDataString(unitKey)}";

    /// <summary>The revisions of one version and month: made together, by one person at one time with one note.</summary>
    private static TableEntity ToRow(string partition, StoredRevision[] month)
    {
        var first = month[0];
        return new TableEntity(partition, $"{first.Version:D19}_{first.Period}")
        {
            [nameof(StoredRevision.Version)] = first.Version,
            [nameof(StoredRevision.Period)] = first.Period,
            [nameof(StoredRevision.ActorId)] = first.ActorId,
            [nameof(StoredRevision.ActorName)] = first.ActorName,
            // Ticks, not a date: the table's dates may lose the last digits, and a revision must read back as it was made.
            [AtTicks] = first.At.UtcTicks,
            [nameof(StoredRevision.Note)] = first.Note,
            ["Changes"] = JsonSerializer.Serialize(month.Select(r => new ChangeRow(r.Indicator, r.OldValue, r.NewValue))),
        };
    }

    private static IEnumerable<StoredRevision> FromRow(TableEntity row) =>
        JsonSerializer.Deserialize<ChangeRow[]>(row.GetString("Changes"))!.Select(change => new StoredRevision(
            row.GetInt64(nameof(StoredRevision.Version))!.Value,
            row.GetString(nameof(StoredRevision.Period)),
            change.Indicator,
            change.OldValue,
            change.NewValue,
            row.GetString(nameof(StoredRevision.ActorId)),
            row.GetString(nameof(StoredRevision.ActorName)),
            new DateTimeOffset(row.GetInt64(AtTicks)!.Value, TimeSpan.Zero),
            row.GetString(nameof(StoredRevision.Note))));

    private sealed record ChangeRow(string Indicator, long? OldValue, long NewValue);
}
