using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Hosting;

namespace ChuyenHoa.Host.Storage;

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
        // leave timeout instead (BoundedLeaveMembershipTable), whatever these take.
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

    public static StorageAccount FromConnectionString(string connectionString)
    {
        try
        {
            return new StorageAccount(o => new TableServiceClient(connectionString, o), o => new BlobServiceClient(connectionString, o));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new StartupException($"Chuỗi kết nối ChuyenHoa:Storage:ConnectionString không hợp lệ: {e.Message}", e);
        }
    }

    public static StorageAccount FromServiceUris(Uri tableServiceUri, Uri blobServiceUri, TokenCredential credential) =>
        new(o => new TableServiceClient(tableServiceUri, credential, o), o => new BlobServiceClient(blobServiceUri, credential, o));

    /// <summary>The account the settings name: service URIs with a managed identity, or a connection string.</summary>
    public static StorageAccount FromOptions(StorageOptions options) => options.UsesServiceUris
        ? FromServiceUris(options.TableServiceUri!, options.BlobServiceUri!, CredentialFor(options.ManagedIdentityClientId))
        : FromConnectionString(options.ConnectionString!);

    /// <summary>
    /// Azure.Identity's chain, which finds the managed identity of a container app or VM and the workload identity of
    /// an AKS pod; <c>AZURE_TOKEN_CREDENTIALS</c> narrows it in production (e.g. <c>ManagedIdentityCredential</c>).
    /// </summary>
    private static DefaultAzureCredential CredentialFor(string? clientId) => new(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        WorkloadIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
    });

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

    /// <summary>Waits for the account to answer, retrying until the timeout; then fails with a message naming the endpoint.</summary>
    public async Task EnsureReachableAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var failure = await ProbeAsync(TimeSpan.FromSeconds(3), cancellationToken);
            if (failure is null)
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new StorageUnreachableException(Tables.Uri, Describe(failure), failure);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static string Describe(Exception failure) => failure switch
    {
        Azure.RequestFailedException { Status: > 0 } r => $"máy chủ trả lời lỗi HTTP {r.Status} ({r.ErrorCode})",
        Azure.RequestFailedException r => $"không có trả lời ({r.InnerException?.Message ?? r.Message})",
        AuthenticationFailedException a => $"không lấy được mã thông báo Entra cho danh tính được quản lý ({a.Message})",
        OperationCanceledException => "quá thời gian chờ",
        _ => failure.Message,
    };
}
