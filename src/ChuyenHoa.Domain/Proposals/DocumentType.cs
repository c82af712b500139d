namespace ChuyenHoa.Proposals;

/// <summary>
/// What an evidence document is (DOMAIN.md, "Documents"). Stored as its number: add new types at the end, never reorder.
/// </summary>
public enum DocumentType
{
    /// <summary>Evidence stored before documents had types; no new document may have it. First, so that such evidence loads as it.</summary>
    Unspecified,

    /// <summary>Tờ trình: the proposer's letter asking for the removal.</summary>
    ProposalLetter,

    /// <summary>Biên bản hội nghị: the minutes of the review conference.</summary>
    ConferenceMinutes,

    /// <summary>Báo cáo: a report (the district's or commune's report on the year's work).</summary>
    Report,

    /// <summary>Biên bản tự chấm điểm: a commune's self-scoring against the criteria.</summary>
    SelfAssessment,

    /// <summary>Quyết định: a decision.</summary>
    Decision,
}
