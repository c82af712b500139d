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
    /// <summary>An Azure Storage connection string; when empty, the host starts its embedded Azurite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long start-up waits for the storage account to answer before it gives up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(15);
}

public sealed class ClusterSettings
{
    public string ClusterId { get; set; } = "chuyenhoa-local";

    public string ServiceId { get; set; } = "chuyenhoa";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";
}

public sealed class AzuriteOptions
{
    /// <summary>The folder with Azurite's package.json; default: <c>infra/azurite</c> at the repository root.</summary>
    public string? Directory { get; set; }

    public int BlobPort { get; set; } = 10000;

    public int QueuePort { get; set; } = 10001;

    public int TablePort { get; set; } = 10002;
}
