using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ChuyenHoa.Grains.Conversion;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ChuyenHoa.Silo.Storage;

/// <summary>
/// Report revisions as blobs beside the grain state, in the service's container: <c>history/{unit}/{first version}_{month}</c>,
/// each about 16,000 characters of revisions cut from an append in order, so that names list oldest first and a few blobs
/// hold a commune's years. Blobs are cut at the same places whatever follows, so an append made again (the same
/// revisions, or those and later ones) writes the same names with the same or more revisions: nothing is written twice,
/// and an append that fails midway is made again whole (the grain keeps the revisions until it succeeds). Blobs, not
/// Table rows: Azurite keeps table entities in its JavaScript heap, and a national load of them slowed it to a crawl.
/// </summary>
internal sealed class BlobReportHistoryLog(StorageAccount account, IOptions<ClusterOptions> cluster) : IReportHistoryLog
{
    /// <summary>Characters of a blob: a monthly report's revisions fit many times, a commune's years take a few blobs.</summary>
    private const int CharactersPerBlob = 16_000;

    /// <summary>Vietnamese names and notes as they are, not as \u escapes six characters each.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly BlobContainerClient _container = account.Blobs.GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(cluster.Value.ServiceId));
    private bool _containerExists;

    public async Task AppendAsync(string unitKey, IReadOnlyList<StoredRevision> revisions, CancellationToken cancellationToken = default)
    {
        if (!_containerExists)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerExists = true;
        }

        foreach (var (name, text) in Blobs(revisions))
        {
            await _container.GetBlobClient(PrefixOf(unitKey) + name).UploadAsync(BinaryData.FromString(text), overwrite: true, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StoredRevision>> ReadAsync(string unitKey, long? version = null, CancellationToken cancellationToken = default)
    {
        var revisions = new List<StoredRevision>();
        try
        {
            await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, PrefixOf(unitKey), cancellationToken))
            {
                var content = await _container.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken);
                revisions.AddRange(content.Value.Content.ToObjectFromJson<MonthRevisions[]>(Json)!
                    .Where(month => version is null || month.Version == version)
                    .SelectMany(month => month.ToRevisions()));
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing was ever appended.
        }

        return revisions;
    }

    private static string PrefixOf(string unitKey) => $"history/{Uri.EscapeDataString(unitKey)}/";

    private static IEnumerable<(string Name, string Text)> Blobs(IReadOnlyList<StoredRevision> revisions)
    {
        var months = new List<string>();
        var first = (Version: 0L, Period: "");
        var length = 0;
        foreach (var month in revisions.GroupBy(r => (r.Version, r.Period)))
        {
            var text = JsonSerializer.Serialize(MonthRevisions.Of([.. month]), Json);
            if (months.Count > 0 && length + text.Length > CharactersPerBlob)
            {
                yield return Blob(first, months);
                months.Clear();
                length = 0;
            }

            if (months.Count == 0)
            {
                first = month.Key;
            }

            months.Add(text);
            length += text.Length + 1;
        }

        if (months.Count > 0)
        {
            yield return Blob(first, months);
        }
    }

    private static (string Name, string Text) Blob((long Version, string Period) first, List<string> months) =>
        ($"{first.Version:D19}_{first.Period}", $"[{string.Join(',', months)}]");

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
