using System.Security.Cryptography;
using ChuyenHoa.Errors;

namespace ChuyenHoa.Proposals;

/// <summary>
/// A document attached to a proposal (conference minutes, the district's report), described by its
/// lower-case hex SHA-256 so anyone can check that the stored file is the one submitted.
/// </summary>
public sealed record EvidenceDocument(string FileName, string ContentType, long SizeBytes, string Sha256)
{
    public const long MaxSizeBytes = 20 * 1024 * 1024;

    public static string ComputeSha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static Result<EvidenceDocument> Create(string fileName, string contentType, ReadOnlySpan<byte> content)
    {
        var errors = new List<DomainError>();
        var name = fileName.Trim();
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0)
        {
            errors.Add(DomainError.Validation($"Tên tệp \"{fileName}\" không hợp lệ: cần tên tệp không rỗng, không chứa đường dẫn.", "fileName"));
        }

        var type = contentType.Trim();
        var slash = type.IndexOf('/');
        if (slash <= 0 || slash == type.Length - 1)
        {
            errors.Add(DomainError.Validation($"Kiểu tệp \"{contentType}\" không hợp lệ: ví dụ application/pdf.", "contentType"));
        }

        if (content.IsEmpty)
        {
            errors.Add(DomainError.Validation($"Tệp \"{name}\" rỗng: hãy đính kèm tệp có nội dung.", "content"));
        }
        else if (content.Length > MaxSizeBytes)
        {
            errors.Add(DomainError.Validation(
                $"Tệp \"{name}\" dung lượng {VietnameseText.Number(content.Length)} byte, vượt quá giới hạn {VietnameseText.Number(MaxSizeBytes)} byte (20 MB).", "content"));
        }

        return errors.Count == 0
            ? Result<EvidenceDocument>.Success(new EvidenceDocument(name, type, content.Length, ComputeSha256(content)))
            : Result<EvidenceDocument>.Failure(errors);
    }
}
