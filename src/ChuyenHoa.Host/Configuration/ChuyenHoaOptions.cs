namespace ChuyenHoa.Host.Configuration;

/// <summary>The <c>ChuyenHoa</c> configuration section.</summary>
public sealed class ChuyenHoaOptions
{
    public const string Section = "ChuyenHoa";

    /// <summary>Local data folder: embedded Azurite's files, the development signing key. Default: <c>.data/</c> at the repository root.</summary>
    public string? DataPath { get; set; }

    public StorageOptions Storage { get; set; } = new();

    public ClusterSettings Cluster { get; set; } = new();

    public AzuriteOptions Azurite { get; set; } = new();

    /// <summary>Onboard the demo tenants at start. Default: on with the embedded Azurite, off with a configured account.</summary>
    public bool? DemoData { get; set; }
}

public sealed class StorageOptions
{
    /// <summary>An Azure Storage connection string. With neither it nor the service URIs, the host starts its embedded Azurite (Development only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's table endpoint (<c>https://{account}.table.core.windows.net</c>), reached with an Entra token instead of a key.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The account's blob endpoint (<c>https://{account}.blob.core.windows.net</c>), reached with an Entra token instead of a key.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity (or workload identity) that gets the tokens; empty for a system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool UsesServiceUris => TableServiceUri is not null || BlobServiceUri is not null;

    public bool IsConfigured => UsesServiceUris || !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>What is wrong with these settings, in sentences naming the keys; empty when they can be used.</summary>
    /// <param name="isDevelopment">Development may start the embedded Azurite and use plain-HTTP endpoints.</param>
    public IReadOnlyList<string> Validate(bool isDevelopment)
    {
        var errors = new List<string>();
        if (!IsConfigured)
        {
            if (!isDevelopment)
            {
                errors.Add("Chưa cấu hình kho lưu trữ: đặt ChuyenHoa:Storage:TableServiceUri và BlobServiceUri (danh tính được quản lý) hoặc ChuyenHoa:Storage:ConnectionString. Azurite đi kèm chỉ dùng khi phát triển (Development).");
            }

            return errors;
        }

        if (UsesServiceUris && !string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add("Chỉ đặt một cách kết nối kho lưu trữ: hoặc ChuyenHoa:Storage:TableServiceUri và BlobServiceUri, hoặc ChuyenHoa:Storage:ConnectionString, không đặt cả hai.");
        }

        foreach (var (key, uri) in new[] { ("TableServiceUri", TableServiceUri), ("BlobServiceUri", BlobServiceUri) })
        {
            if (UsesServiceUris && uri is null)
            {
                errors.Add($"Thiếu ChuyenHoa:Storage:{key}: khi dùng danh tính được quản lý cần cả TableServiceUri và BlobServiceUri.");
            }
            else if (uri is not null && !uri.IsAbsoluteUri)
            {
                errors.Add($"ChuyenHoa:Storage:{key} phải là địa chỉ đầy đủ (https://...), không phải \"{uri}\".");
            }
            else if (uri is not null && uri.Scheme != Uri.UriSchemeHttps && !isDevelopment)
            {
                errors.Add($"ChuyenHoa:Storage:{key} phải dùng https ngoài môi trường phát triển: mã thông báo Entra không được gửi qua kết nối không mã hóa ({uri}).");
            }
        }

        return errors;
    }

    /// <summary>How long start-up waits for the storage account to answer before it gives up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(15);
}

public sealed class ClusterSettings
{
    public string ClusterId { get; set; } = "chuyenhoa-local";

    public string ServiceId { get; set; } = "chuyenhoa";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at; empty: this host's own address (a container's), as resolved from its name.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// How long a stopping silo keeps trying to record its departure in the membership table. Past it, a silo cut off
    /// from storage stops anyway: its peers learn of the departure by gossip, or by their probes as after a crash.
    /// </summary>
    public TimeSpan LeaveTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class AzuriteOptions
{
    /// <summary>The folder with Azurite's package.json; default: <c>infra/azurite</c> at the repository root.</summary>
    public string? Directory { get; set; }

    public int BlobPort { get; set; } = 10000;

    public int QueuePort { get; set; } = 10001;

    public int TablePort { get; set; } = 10002;
}
