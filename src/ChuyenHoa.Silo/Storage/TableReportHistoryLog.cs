using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Data.Tables;
using ChuyenHoa.Grains.Conversion;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ChuyenHoa.Silo.Storage;

/// <summary>
/// Report revisions in the <c>ReportRevisions</c> table: a partition per service and unit, and rows of about 16,000
/// characters of revisions each, cut from each append in order and keyed by their first version and month, so rows come
/// back oldest first and a few rows hold a commune's years. Rows are cut at the same places whatever follows, so an append
/// made again (the same revisions, or those and later ones) writes the same keys with the same or more revisions: each row
/// an upsert of its own, and nothing is written twice. No transaction: an append that fails midway is made again whole
/// (the grain keeps the revisions until it succeeds), and Azurite's transactions slowed a national load as the table grew.
/// </summary>
internal sealed class TableReportHistoryLog(StorageAccount account, IOptions<ClusterOptions> cluster) : IReportHistoryLog
{
    /// <summary>Characters of a row's text: a monthly report's revisions fit many times, a commune's years take a few rows.</summary>
    private const int CharactersPerRow = 16_000;

    /// <summary>Vietnamese names and notes as they are, not as \u escapes six characters each.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A string property holds 64 KiB (32,768 UTF-16 characters); a longer row's text goes on in further properties.</summary>
    private const int CharactersPerProperty = 30_000;

    private const string TextProperty = "Revisions";

    private readonly TableClient _table = account.Tables.GetTableClient("ReportRevisions");
    private readonly string _service = Uri.EscapeDataString(cluster.Value.ServiceId);
    private bool _tableExists;

    public async Task AppendAsync(string unitKey, IReadOnlyList<StoredRevision> revisions, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var partition = PartitionOf(unitKey);
        foreach (var row in Rows(partition, revisions))
        {
            await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StoredRevision>> ReadAsync(string unitKey, long? version = null, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var revisions = new List<StoredRevision>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(unitKey)}"), cancellationToken: cancellationToken))
        {
            var text = new StringBuilder();
            for (var part = 0; row.GetString(part == 0 ? TextProperty : $"{TextProperty}{part}") is { } piece; part++)
            {
                text.Append(piece);
            }

            revisions.AddRange(JsonSerializer.Deserialize<MonthRevisions[]>(text.ToString(), Json)!
                .Where(month => version is null || month.Version == version)
                .SelectMany(month => month.ToRevisions()));
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

    private static IEnumerable<TableEntity> Rows(string partition, IReadOnlyList<StoredRevision> revisions)
    {
        var row = new List<string>();
        var first = (Version: 0L, Period: "");
        var length = 0;
        foreach (var month in revisions.GroupBy(r => (r.Version, r.Period)))
        {
            var text = JsonSerializer.Serialize(MonthRevisions.Of([.. month]), Json);
            if (row.Count > 0 && length + text.Length > CharactersPerRow)
            {
                yield return Row(partition, first, row);
                row.Clear();
                length = 0;
            }

            if (row.Count == 0)
            {
                first = month.Key;
            }

            row.Add(text);
            length += text.Length + 1;
        }

        if (row.Count > 0)
        {
            yield return Row(partition, first, row);
        }
    }

    private static TableEntity Row(string partition, (long Version, string Period) first, List<string> months)
    {
        var entity = new TableEntity(partition, $"{first.Version:D19}_{first.Period}");
        var text = $"[{string.Join(',', months)}]";
        for (var part = 0; part * CharactersPerProperty < text.Length; part++)
        {
            entity[part == 0 ? TextProperty : $"{TextProperty}{part}"] = text.Substring(part * CharactersPerProperty, Math.Min(CharactersPerProperty, text.Length - (part * CharactersPerProperty)));
        }

        return entity;
    }

    /// <summary>
    /// The revisions of one version and month: made together, by one person at one time with one note. The time as ticks:
    /// a revision must read back exactly as it was made.
    /// </summary>
    private sealed record MonthRevisions(long Version, string Period, string ActorId, string ActorName, long AtUtcTicks, string? Note, Change[] Changes)
    {
        public static MonthRevisions Of(StoredRevision[] month) => new(
            month[0].Version, month[0].Period, month[0].ActorId, month[0].ActorName, month[0].At.UtcTicks, month[0].Note,
            [.. month.Select(r => new Change(r.Indicator, r.OldValue, r.NewValue))]);

        public IEnumerable<StoredRevision> ToRevisions() => Changes.Select(change => new StoredRevision(
            Version, Period, change.Indicator, change.OldValue, change.NewValue, ActorId, ActorName, new DateTimeOffset(AtUtcTicks, TimeSpan.Zero), Note));
    }

    private sealed record Change(string Indicator, long? OldValue, long NewValue);
}
