namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceContent")]
public sealed record EvidenceContent(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
