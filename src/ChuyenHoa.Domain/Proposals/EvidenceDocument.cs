using System.Security.Cryptography;
using ChuyenHoa.Errors;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Proposals;

/// <summary>
/// A document attached to a proposal (the proposal letter, the conference minutes, a report...), of a <see cref="DocumentType"/>,
/// with its number and date where it has them, described by its lower-case hex SHA-256 so anyone can check that the stored
/// file is the one submitted.
/// </summary>
public sealed record EvidenceDocument(string FileName, string ContentType, long SizeBytes, string Sha256, DocumentType Type, string? Number, DateOnly? Date)
{
    public const long MaxSizeBytes = 20 * 1024 * 1024;

    public static string ComputeSha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// Checks a document as a proposer attaches it: a plain file name, a media type, content within the size limit, an
    /// assignable type, its ISO date, and its number (same shape as a decision's, <c>12/TTr-UBND</c>) where the type requires
    /// one or one is given. A blank number counts as absent. Error fields name the input fields (<c>number</c>).
    /// </summary>
    public static Result<EvidenceDocument> Create(string fileName, string contentType, ReadOnlySpan<byte> content, DocumentType type, string? number, string? date)
    {
        var errors = new List<DomainError>();
        var name = fileName.Trim();
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0)
        {
            errors.Add(DomainError.Validation($"Tên tệp \"{fileName}\" không hợp lệ: cần tên tệp không rỗng, không chứa đường dẫn.", "fileName"));
        }

        var mediaType = contentType.Trim();
        var slash = mediaType.IndexOf('/');
        if (slash <= 0 || slash == mediaType.Length - 1)
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

        var (documentNumber, documentDate) = CheckTypeNumberAndDate(name, type, number, date, errors);
        return errors.Count == 0
            ? Result<EvidenceDocument>.Success(new EvidenceDocument(name, mediaType, content.Length, ComputeSha256(content), type, documentNumber, documentDate))
            : Result<EvidenceDocument>.Failure(errors);
    }

    private static (string? Number, DateOnly? Date) CheckTypeNumberAndDate(string fileName, DocumentType type, string? number, string? date, List<DomainError> errors)
    {
        if (!DocumentTypes.Assignable.Contains(type))
        {
            errors.Add(DomainError.Validation(
                $"Chưa chọn loại cho tài liệu \"{fileName}\": chọn một trong {DocumentTypes.Describe(DocumentTypes.Assignable)}.",
                "type"));
            return (null, null);
        }

        var what = $"{DocumentTypes.Name(type)} \"{fileName}\"";
        var example = DocumentTypes.NumberExample(type);
        var trimmedNumber = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        if (trimmedNumber is null && DocumentTypes.RequiresNumber(type))
        {
            errors.Add(DomainError.Validation($"{what} cần ghi số, ký hiệu văn bản, ví dụ {example}.", "number"));
        }
        else if (trimmedNumber is not null && !ConversionPlanRules.DecisionNumberShape().IsMatch(trimmedNumber))
        {
            errors.Add(DomainError.Validation($"Số, ký hiệu \"{number}\" của {what} không đúng dạng số/ký hiệu: ví dụ {example}.", "number"));
        }

        DateOnly? parsedDate = null;
        if (string.IsNullOrWhiteSpace(date))
        {
            errors.Add(DomainError.Validation($"{what} cần ghi ngày của văn bản, dạng năm-tháng-ngày, ví dụ 2023-11-20.", "date"));
        }
        else if (IsoDate.TryParse(date, out var parsed))
        {
            parsedDate = parsed;
        }
        else
        {
            errors.Add(DomainError.Validation($"Ngày \"{date}\" của {what} không hợp lệ: dùng dạng năm-tháng-ngày, ví dụ 2023-11-20.", "date"));
        }

        return (trimmedNumber, parsedDate);
    }
}
