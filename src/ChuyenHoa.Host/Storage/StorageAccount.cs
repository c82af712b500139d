using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChuyenHoa.Host.Hosting;

namespace ChuyenHoa.Host.Storage;

/// <summary>The one Azure Storage account the silo uses, with clients that share its connection string.</summary>
public sealed class StorageAccount
{
    public StorageAccount(string connectionString)
    {
        try
        {
            Tables = new TableServiceClient(connectionString, new TableClientOptions { Retry = { NetworkTimeout = TimeSpan.FromSeconds(30) } });
            // The storage SDK's default of 5 retries from 0.8 s adds up to 25 s before a caller hears of an outage (and
            // the GraphQL timeout is 30 s): 3 retries from 0.5 s give up within about 4 s, and the caller retries.
            Blobs = new BlobServiceClient(connectionString, new BlobClientOptions
            {
                Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(500), Mode = RetryMode.Exponential, NetworkTimeout = TimeSpan.FromSeconds(30) },
            });
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new StartupException($"Chuỗi kết nối ChuyenHoa:Storage:ConnectionString không hợp lệ: {e.Message}", e);
        }

        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>One cheap request with no retries: does the table endpoint answer?</summary>
    public async Task<Exception?> ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var probe = new TableServiceClient(ConnectionString, new TableClientOptions
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
        OperationCanceledException => "quá thời gian chờ",
        _ => failure.Message,
    };
}
