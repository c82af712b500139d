namespace ChuyenHoa.Plans;

/// <summary>A commune a decision designates, with its types.</summary>
public sealed record DesignationDraft(string CommuneCode, IReadOnlyList<DesignationKind> Types);

/// <summary>A year-end decision as the province enters it; <see cref="YearEndDecisionRules.Create"/> checks it.</summary>
public sealed record YearEndDecisionDraft(
    int Year,
    ProgrammeTrack Track,
    string DecisionNumber,
    string DecisionDate,
    string Signer,
    string? IssuedBy,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Continuing,
    IReadOnlyList<DesignationDraft> NewlyDesignated);

/// <summary>
/// The one signed decision that closes a plan year (Nghệ An, 24 January 2025: 11 communes removed, one continuing, two newly
/// designated): every open designation of the year is either removed or continues, and the next year's list is the continuing
/// communes plus the new ones.
/// </summary>
public sealed record YearEndDecision(
    int Year,
    ProgrammeTrack Track,
    string DecisionNumber,
    DateOnly DecisionDate,
    string Signer,
    string IssuedBy,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Continuing,
    IReadOnlyList<DesignationDraft> NewlyDesignated)
{
    /// <summary>The first day a year-end decision of <paramref name="year"/> may bear: review conferences are held in November.</summary>
    public static DateOnly EarliestDate(int year) => new(year, 11, 1);

    /// <summary>The last day: provinces decide by April of the next year.</summary>
    public static DateOnly LatestDate(int year) => new(year + 1, 4, 30);
}
