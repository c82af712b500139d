namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One evidence document as the district uploads it with a proposal.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="ContentType">Its media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The document's bytes, not empty, at most 20 MiB.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceInput")]
public sealed record EvidenceInput(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
