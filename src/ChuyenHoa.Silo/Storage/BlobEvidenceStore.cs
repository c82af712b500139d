using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ChuyenHoa.Grains.Conversion;

namespace ChuyenHoa.Silo.Storage;

/// <summary>Evidence documents in the <c>evidence</c> container; a blob's name ends with the SHA-256 of its content.</summary>
internal sealed class BlobEvidenceStore(StorageAccount account) : IEvidenceStore
{
    private readonly BlobContainerClient _container = account.Blobs.GetBlobContainerClient("evidence");
    private bool _containerExists;

    public async Task SaveAsync(string blobName, string contentType, byte[] content, CancellationToken cancellationToken = default)
    {
        if (!_containerExists)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerExists = true;
        }

        await _container.GetBlobClient(blobName).UploadAsync(
            new BinaryData(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
    }

    public async Task<(byte[] Content, string ContentType)?> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            return (result.Value.Content.ToArray(), result.Value.Details.ContentType);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
