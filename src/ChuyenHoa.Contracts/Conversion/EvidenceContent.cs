namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One evidence document of a proposal with its bytes, as read back for a caller allowed to see the proposal.</summary>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="ContentType">Its media type as uploaded.</param>
/// <param name="Content">The document's bytes.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceContent")]
public sealed record EvidenceContent(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
