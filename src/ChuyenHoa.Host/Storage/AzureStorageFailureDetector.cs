using System.Net.Sockets;
using ChuyenHoa.Api.Resilience;

namespace ChuyenHoa.Host.Storage;

/// <summary>
/// A failure of the Azure Storage account: no answer at all (connection refused or reset, a timeout of the SDK),
/// or an answer that says the service cannot serve now (5xx, 408, 429).
/// </summary>
public sealed class AzureStorageFailureDetector : IStorageFailureDetector
{
    public bool IsStorageFailure(Exception exception) => exception switch
    {
        Azure.RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        // The SDK's own transport failures, once its retries are spent.
        HttpRequestException or SocketException => true,
        _ => false,
    };
}
