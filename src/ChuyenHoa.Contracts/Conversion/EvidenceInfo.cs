using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One evidence document of a proposal (minutes, reports), described; its bytes are kept in blob storage.</summary>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="ContentType">Its media type as uploaded.</param>
/// <param name="SizeBytes">Its size in bytes.</param>
/// <param name="Sha256">SHA-256 of its bytes, lower-case hex: how callers name it.</param>
/// <param name="BlobName">Where the bytes are kept in the evidence store: <c>{proposal id}/{sha256}</c>.</param>
/// <param name="Type">What the document is; <see cref="DocumentType.Unspecified"/> for evidence stored before documents had types.</param>
/// <param name="Number">Its number and symbol (<c>12/TTr-UBND</c>); null when it has none.</param>
/// <param name="Date">Its date, <c>yyyy-MM-dd</c>; null for evidence stored before documents had types.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.EvidenceInfo")]
public sealed record EvidenceInfo(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long SizeBytes,
    [property: Id(3)] string Sha256,
    [property: Id(4)] string BlobName,
    [property: Id(5)] DocumentType Type = DocumentType.Unspecified,
    [property: Id(6)] string? Number = null,
    [property: Id(7)] string? Date = null);
