using System.Globalization;
using System.Text;
using ChuyenHoa.Errors;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChuyenHoa.Api.Features.Exports;

/// <summary>
/// A table people open in Excel: Vietnamese headers, then rows whose cells are text (<see cref="string"/>), numbers
/// (<see cref="double"/>) or empty (null). Text is always text: codes keep their leading zeros, and text that a
/// spreadsheet would take for a formula (a hostile assessment such as <c>=HYPERLINK(...)</c>) is never one.
/// </summary>
public sealed record SpreadsheetTable(string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Text as a spreadsheet must show it, not run it: a cell starting with = + - @ (or a tab or carriage return, which
    /// some spreadsheets skip before looking) gets a leading apostrophe, as OWASP advises for CSV.
    /// </summary>
    public static string Neutralize(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>
    /// Stored text as a cell can hold it: characters that XML cannot hold (a control character stored before input
    /// refused them) become U+FFFD, so one bad character never fails a whole export.
    /// </summary>
    private static string CellText(object text) => FreeText.Sanitize(Convert.ToString(text, CultureInfo.InvariantCulture)!);

    /// <summary>
    /// RFC 4180 CSV in UTF-8 with a byte order mark (without it Excel reads the file as ANSI and garbles diacritics);
    /// every text field quoted, numbers with a dot as decimal separator, as BI tools read them.
    /// </summary>
    public byte[] ToCsv()
    {
        var csv = new StringBuilder();
        AppendCsvLine(csv, Headers.Cast<object?>());
        foreach (var row in Rows)
        {
            AppendCsvLine(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// One worksheet; text as inline strings (never formulas, never shared strings a reader could misplace), numbers
    /// as numbers, the header row bold and frozen.
    /// </summary>
    public byte[] ToXlsx() => ToXlsx([this]);

    /// <summary>Several tables as the worksheets of one workbook, in order, each written as <see cref="ToXlsx()"/> writes one.</summary>
    public static byte[] ToXlsx(IReadOnlyList<SpreadsheetTable> tables)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            foreach (var table in tables)
            {
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(XlsxRow(1, table.Headers.Cast<object?>(), bold: true));
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    data.Append(XlsxRow((uint)i + 2, table.Rows[i], bold: false));
                }

                var frozenHeader = new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 });
                sheetPart.Worksheet = new Worksheet(frozenHeader, data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = (uint)sheets.ChildElements.Count + 1, Name = table.SheetName });
            }
        }

        return buffer.ToArray();
    }

    private static void AppendCsvLine(StringBuilder csv, IEnumerable<object?> cells)
    {
        csv.AppendJoin(',', cells.Select(cell => cell switch
        {
            null => "",
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            var text => "\"" + Neutralize(CellText(text)).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        }));
        csv.Append("\r\n");
    }

    private static Row XlsxRow(uint index, IEnumerable<object?> cells, bool bold)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            var reference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            Cell written = cell switch
            {
                null => new Cell { CellReference = reference },
                double number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                var text => new Cell(new InlineString(new Text(CellText(text)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                },
            };
            if (bold)
            {
                written.StyleIndex = 1;
            }

            row.Append(written);
        }

        return row;
    }

    /// <summary>A column as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
