namespace ChuyenHoa.Grains.Conversion;

/// <summary>Where evidence documents are kept (Azure Blob storage in the host); writes are idempotent by name.</summary>
public interface IEvidenceStore
{
    Task SaveAsync(string blobName, string contentType, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The document, or null when there is none of that name.</summary>
    Task<(byte[] Content, string ContentType)?> ReadAsync(string blobName, CancellationToken cancellationToken = default);
}
