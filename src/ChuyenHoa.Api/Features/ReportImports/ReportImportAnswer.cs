namespace ChuyenHoa.Api.Features.ReportImports;

/// <summary>What an import did, or would do (<see cref="DryRun"/>): a summary in Vietnamese and one entry per data row of the file.</summary>
/// <param name="DryRun">True when nothing was to be written.</param>
/// <param name="Applied">True when the file's changes are recorded (or there were none to record).</param>
/// <param name="Message">The summary people read.</param>
/// <param name="Rows">One entry per data row, in the file's order.</param>
public sealed record ReportImportAnswer(bool DryRun, bool Applied, string Message, IReadOnlyList<ReportImportRow> Rows);

/// <summary>One data row: where it is, which commune and month, and its outcome.</summary>
/// <param name="Row">The row's number in the sheet (the header is row 1).</param>
/// <param name="UnitCode">The commune's key as in the file.</param>
/// <param name="Period">The month as in the file.</param>
/// <param name="Outcome"><see cref="ReportImportOutcomes"/>: NEW, CORRECTED, UNCHANGED or REFUSED.</param>
/// <param name="Changes">The values changed (or that would change), old → new.</param>
/// <param name="Errors">Why the row is refused; empty otherwise.</param>
public sealed record ReportImportRow(int Row, string UnitCode, string Period, string Outcome, IReadOnlyList<ReportImportChange> Changes, IReadOnlyList<ReportImportError> Errors);

/// <param name="Indicator">The indicator's code.</param>
/// <param name="OldValue">The value stored before; null when there was none.</param>
/// <param name="NewValue">The value of the file.</param>
/// <param name="Cell">The cell it comes from, e.g. <c>D2</c>.</param>
public sealed record ReportImportChange(string Indicator, long? OldValue, long NewValue, string Cell);

/// <param name="Code">The stable error code, as the API's UserError.</param>
/// <param name="Message">What is wrong and what to do, in Vietnamese.</param>
/// <param name="Field">An indicator code, <c>note</c>, <c>period</c> or <c>communeCode</c>; null for the row as a whole.</param>
/// <param name="Cell">The cell at fault, e.g. <c>F3</c>; null for the row as a whole.</param>
public sealed record ReportImportError(string Code, string Message, string? Field, string? Cell);

/// <summary>The outcome of a row.</summary>
public static class ReportImportOutcomes
{
    /// <summary>Adds values to a month that had none of them.</summary>
    public const string New = "NEW";

    /// <summary>Replaces at least one value already reported (a note is then required).</summary>
    public const string Corrected = "CORRECTED";

    /// <summary>Repeats what is stored, or leaves every cell blank.</summary>
    public const string Unchanged = "UNCHANGED";

    /// <summary>Refused, with the reasons and cells.</summary>
    public const string Refused = "REFUSED";
}
