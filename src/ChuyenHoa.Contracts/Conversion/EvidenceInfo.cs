namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceInfo")]
public sealed record EvidenceInfo(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long SizeBytes,
    [property: Id(3)] string Sha256,
    [property: Id(4)] string BlobName);
