using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One evidence document as the district uploads it with a proposal.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="ContentType">Its media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The document's bytes, not empty, at most 20 MiB.</param>
/// <param name="Type">What the document is; any type but <see cref="DocumentType.Unspecified"/>.</param>
/// <param name="Number">Its number and symbol, e.g. <c>12/TTr-UBND</c>; required of a letter and a decision.</param>
/// <param name="Date">Its date, <c>yyyy-MM-dd</c>; required.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceInput")]
public sealed record EvidenceInput(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content,
    [property: Id(3)] DocumentType Type,
    [property: Id(4)] string? Number = null,
    [property: Id(5)] string? Date = null);
