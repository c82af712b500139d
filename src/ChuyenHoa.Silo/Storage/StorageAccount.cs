using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace ChuyenHoa.Silo.Storage;

/// <summary>
/// The one Azure Storage account the silo uses (membership, reminders, grain state, evidence), reached either with a
/// connection string or with its service URIs and an Entra token credential (a managed identity in Azure).
/// </summary>
public sealed class StorageAccount
{
    private readonly Func<TableClientOptions, TableServiceClient> _tableClient;

    private StorageAccount(Func<TableClientOptions, TableServiceClient> tableClient, Func<BlobClientOptions, BlobServiceClient> blobClient)
    {
        _tableClient = tableClient;
        // A network timeout under 30 s makes a slow insert time out and its retry meet the row it wrote (409), which
        // Orleans takes for a concurrent writer: seen at 10 s on a loaded machine. A stopping silo is bounded by the
        // leave timeout instead (the host's BoundedLeaveMembershipTable), whatever these take.
        Tables = tableClient(new TableClientOptions { Retry = { NetworkTimeout = TimeSpan.FromSeconds(30) } });
        // The storage SDK's default of 5 retries from 0.8 s adds up to 25 s before a caller hears of an outage (and
        // the GraphQL timeout is 30 s): 3 retries from 0.5 s give up within about 4 s, and the caller retries.
        Blobs = blobClient(new BlobClientOptions
        {
            Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(500), Mode = RetryMode.Exponential, NetworkTimeout = TimeSpan.FromSeconds(30) },
        });
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    /// <exception cref="FormatException">The SDK's own, like <see cref="ArgumentException"/> and <see cref="InvalidOperationException"/>, for a string it cannot read.</exception>
    public static StorageAccount FromConnectionString(string connectionString) =>
        new(o => new TableServiceClient(connectionString, o), o => new BlobServiceClient(connectionString, o));

    public static StorageAccount FromServiceUris(Uri tableServiceUri, Uri blobServiceUri, TokenCredential credential) =>
        new(o => new TableServiceClient(tableServiceUri, credential, o), o => new BlobServiceClient(blobServiceUri, credential, o));

    /// <summary>One cheap request with no retries: does the table endpoint answer (and accept our credentials)?</summary>
    public async Task<Exception?> ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var probe = _tableClient(new TableClientOptions
        {
            Retry = { MaxRetries = 0, NetworkTimeout = timeout, Mode = RetryMode.Fixed },
        });
        try
        {
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            await probe.GetPropertiesAsync(timeoutSource.Token);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return e;
        }
    }
}
