namespace ChuyenHoa.Proposals;

/// <summary>What each <see cref="DocumentType"/> is called and whether it must carry a number; every typed document carries its date.</summary>
public static class DocumentTypes
{
    /// <summary>The types a new document may have: all but <see cref="DocumentType.Unspecified"/>.</summary>
    public static IReadOnlyList<DocumentType> Assignable { get; } =
        [DocumentType.ProposalLetter, DocumentType.ConferenceMinutes, DocumentType.Report, DocumentType.SelfAssessment, DocumentType.Decision];

    /// <summary>The type as people read it ("Tờ trình").</summary>
    public static string Name(DocumentType type) => type switch
    {
        DocumentType.Unspecified => "Tài liệu chưa phân loại",
        DocumentType.ProposalLetter => "Tờ trình",
        DocumentType.ConferenceMinutes => "Biên bản hội nghị",
        DocumentType.Report => "Báo cáo",
        DocumentType.SelfAssessment => "Biên bản tự chấm điểm",
        DocumentType.Decision => "Quyết định",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };

    /// <summary>Types as a sentence reads them: "tờ trình, biên bản hội nghị".</summary>
    public static string Describe(IEnumerable<DocumentType> types) => string.Join(", ", types.Select(t => Name(t).ToLowerInvariant()));

    /// <summary>
    /// Whether a document of <paramref name="type"/> must carry its number (số, ký hiệu): a letter and a decision are always
    /// numbered; minutes, reports and self-scoring often are not at commune level, so for them a number is optional.
    /// </summary>
    public static bool RequiresNumber(DocumentType type) => type is DocumentType.ProposalLetter or DocumentType.Decision;

    /// <summary>A number of the shape a document of <paramref name="type"/> has, for messages.</summary>
    public static string NumberExample(DocumentType type) => type switch
    {
        DocumentType.ProposalLetter => "12/TTr-UBND",
        DocumentType.ConferenceMinutes or DocumentType.SelfAssessment => "05/BB-BCĐ",
        DocumentType.Report => "123/BC-UBND",
        _ => "314/QĐ-UBND",
    };
}
