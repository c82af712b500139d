namespace ChuyenHoa.Contracts;

/// <summary>Names of the Orleans grain storage providers; the host binds each to Azure Storage.</summary>
public static class StorageNames
{
    /// <summary>Azure Table storage for small grain state (one entity per grain).</summary>
    public const string Units = "units";

    /// <summary>Azure Blob storage for state that grows (report histories, proposals with snapshots and audit trails).</summary>
    public const string Documents = "documents";
}
