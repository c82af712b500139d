using Azure.Identity;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Silo.Storage;

namespace ChuyenHoa.Host.Storage;

/// <summary>The storage account as the settings name it, and the host's wait for it at start, each failing with a sentence a person can act on.</summary>
internal static class ConfiguredStorage
{
    /// <summary>The account the settings name: service URIs with a managed identity, or a connection string.</summary>
    public static StorageAccount Open(StorageOptions options) => options.UsesServiceUris
        ? StorageAccount.FromServiceUris(options.TableServiceUri!, options.BlobServiceUri!, CredentialFor(options.ManagedIdentityClientId))
        : FromConnectionString(options.ConnectionString!);

    /// <summary>Waits for the account to answer, retrying until the timeout; then fails with a message naming the endpoint.</summary>
    public static async Task EnsureReachableAsync(this StorageAccount account, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var failure = await account.ProbeAsync(TimeSpan.FromSeconds(3), cancellationToken);
            if (failure is null)
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new StorageUnreachableException(account.Tables.Uri, Describe(failure), failure);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static StorageAccount FromConnectionString(string connectionString)
    {
        try
        {
            return StorageAccount.FromConnectionString(connectionString);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new StartupException($"Chuỗi kết nối ChuyenHoa:Storage:ConnectionString không hợp lệ: {e.Message}", e);
        }
    }

    /// <summary>
    /// Azure.Identity's chain, which finds the managed identity of a container app or VM and the workload identity of
    /// an AKS pod; <c>AZURE_TOKEN_CREDENTIALS</c> narrows it in production (e.g. <c>ManagedIdentityCredential</c>).
    /// </summary>
    private static DefaultAzureCredential CredentialFor(string? clientId) => new(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        WorkloadIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
    });

    private static string Describe(Exception failure) => failure switch
    {
        Azure.RequestFailedException { Status: > 0 } r => $"máy chủ trả lời lỗi HTTP {r.Status} ({r.ErrorCode})",
        Azure.RequestFailedException r => $"không có trả lời ({r.InnerException?.Message ?? r.Message})",
        AuthenticationFailedException a => $"không lấy được mã thông báo Entra cho danh tính được quản lý ({a.Message})",
        OperationCanceledException => "quá thời gian chờ",
        _ => failure.Message,
    };
}
