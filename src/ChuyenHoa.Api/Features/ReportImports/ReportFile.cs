using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;

namespace ChuyenHoa.Api.Features.ReportImports;

/// <summary>
/// A filled reporting template as uploaded, read defensively: the zip is inspected entry by entry (count, declared and actual
/// uncompressed sizes, under a cap) before the Open XML SDK parses it; macros, formulas, external links, other sheets and a
/// header row other than <see cref="ReportTemplate.Headers"/> refuse the whole file. Each data row keeps its own errors
/// (a value that is not a number, a code or month Excel turned into a number), named by cell.
/// </summary>
public static partial class ReportFile
{
    /// <summary>The largest upload taken: a template of a district's communes over a year is far under 100 KB.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Data rows one file may hold: a district's communes over a year, several times over.</summary>
    public const int MaxRows = 1000;

    /// <summary>Parts of the package: a template saved by Excel or LibreOffice has about fifteen.</summary>
    private const int MaxEntries = 100;

    /// <summary>All parts together, uncompressed, declared or actual: a zip bomb stops here, never in memory.</summary>
    private const long MaxUncompressedBytes = 32 * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>A refusal of the whole file: the HTTP status and what to do, in Vietnamese.</summary>
    public sealed record Refusal(int Status, string Message);

    /// <summary>One data row: its number in the sheet, the commune key and month as typed, the values given, the note, the cells refused.</summary>
    public sealed record Row(int Number, string UnitCode, string Month, IReadOnlyList<(string Indicator, double Value)> Values, string? Note, IReadOnlyList<CellError> Errors);

    /// <summary>Why a cell of a row cannot be taken.</summary>
    public sealed record CellError(string Cell, string? Field, string Message);

    public static IReadOnlyList<Row> Read(byte[] bytes, out Refusal? refusal)
    {
        refusal = Inspect(bytes);
        if (refusal is not null)
        {
            return [];
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxUncompressedBytes });
            return ReadDocument(document, out refusal);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or InvalidOperationException)
        {
            refusal = NotATemplate("Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx).");
            return [];
        }
    }

    /// <summary>The zip before any XML is parsed: not a zip, too many parts, too large uncompressed, or carrying macros.</summary>
    private static Refusal? Inspect(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, "Tệp gửi lên không phải là tệp Excel .xlsx: hãy gửi tệp mẫu đã tải về và điền số liệu.");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return Bomb($"có {zip.Entries.Count} phần (tối đa {MaxEntries})");
            }

            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes)
            {
                return Bomb($"giải nén ra {zip.Entries.Sum(e => e.Length) / (1024 * 1024)} MB (tối đa {MaxUncompressedBytes / (1024 * 1024)} MB)");
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || entry.FullName.Contains("activeX", StringComparison.OrdinalIgnoreCase))
                {
                    return Macro();
                }

                // The sizes a zip declares may lie: count what actually comes out, and stop at the cap.
                using var content = entry.Open();
                var text = entry.FullName == "[Content_Types].xml" ? new MemoryStream() : null;
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > MaxUncompressedBytes)
                    {
                        return Bomb($"giải nén ra hơn {MaxUncompressedBytes / (1024 * 1024)} MB");
                    }

                    text?.Write(buffer, 0, read);
                }

                if (text is not null && Encoding.UTF8.GetString(text.ToArray()).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                {
                    return Macro();
                }
            }
        }
        catch (InvalidDataException)
        {
            return new(StatusCodes.Status415UnsupportedMediaType, "Tệp gửi lên không phải là tệp Excel .xlsx hợp lệ (không đọc được nội dung nén).");
        }

        return null;
    }

    private static IReadOnlyList<Row> ReadDocument(SpreadsheetDocument document, out Refusal? refusal)
    {
        refusal = null;
        if (document.DocumentType != SpreadsheetDocumentType.Workbook)
        {
            refusal = Macro();
            return [];
        }

        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToArray() ?? [];
        string[] expected = [ReportTemplate.DataSheet, ReportTemplate.GuideSheet];
        if (workbook is null || !sheets.Select(s => s.Name?.Value).SequenceEqual(expected))
        {
            refusal = NotATemplate($"Tệp có các trang {Quoted(sheets.Select(s => s.Name?.Value ?? ""))}; mẫu có đúng hai trang {Quoted(expected)}. Không thêm, xóa hay đổi tên trang.");
            return [];
        }

        if (workbook.ExternalWorkbookParts.Any())
        {
            refusal = NotATemplate("Tệp có liên kết tới tệp khác: mẫu chỉ nhận số liệu nhập trực tiếp.");
            return [];
        }

        var parts = sheets.Select(s => (s.Name!.Value!, workbook.GetPartById(s.Id!.Value!) as WorksheetPart)).ToArray();
        foreach (var (name, part) in parts)
        {
            if (part?.Worksheet is null)
            {
                refusal = NotATemplate($"Trang \"{name}\" không phải là một bảng tính.");
                return [];
            }

            if (part.Worksheet.Descendants<CellFormula>().FirstOrDefault() is { } formula)
            {
                var cell = (formula.Parent as Cell)?.CellReference?.Value ?? "";
                refusal = NotATemplate($"Ô {cell} của trang \"{name}\" có công thức: mẫu chỉ nhận giá trị nhập trực tiếp. Thay công thức bằng giá trị (Sao chép → Dán giá trị) rồi gửi lại.");
                return [];
            }
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var rows = new List<(int Number, Dictionary<int, CellText> Cells)>();
        foreach (var row in parts[0].Item2!.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>())
        {
            // A writer may leave the row number out: the row after the one before.
            var number = row.RowIndex?.Value is { } index ? (int)index : (rows.Count == 0 ? 1 : rows[^1].Number + 1);
            rows.Add((number, Cells(row, number, shared)));
        }

        var header = rows.Find(r => r.Number == 1).Cells ?? new Dictionary<int, CellText>();
        if (HeaderProblem(header) is { } problem)
        {
            refusal = NotATemplate(problem);
            return [];
        }

        var data = rows.Where(r => r.Number > 1 && r.Cells.Values.Any(c => c.Text.Length > 0)).ToArray();
        if (data.Length > MaxRows)
        {
            refusal = NotATemplate($"Tệp có {data.Length} dòng số liệu (tối đa {MaxRows}): chia thành nhiều tệp.");
            return [];
        }

        var width = ReportTemplate.Headers.Count;
        if (data.SelectMany(r => r.Cells).FirstOrDefault(c => c.Key >= width && c.Value.Text.Length > 0) is { Value.Reference: { } outside } && outside.Length > 0)
        {
            refusal = NotATemplate($"Ô {outside} nằm ngoài các cột của mẫu: không thêm cột; xóa ô đó rồi gửi lại.");
            return [];
        }

        return [.. data.Select(r => DataRow(r.Number, r.Cells))];
    }

    private static Row DataRow(int number, IReadOnlyDictionary<int, CellText> cells)
    {
        var errors = new List<CellError>();
        string Text(int column) => cells.TryGetValue(column, out var c) ? c.Text.Trim() : "";
        bool IsNumber(int column) => cells.TryGetValue(column, out var c) && c.Kind == CellKind.Number;

        var code = Text(ReportTemplate.CodeColumn);
        if (IsNumber(ReportTemplate.CodeColumn))
        {
            errors.Add(new(ReportTemplate.Cell(ReportTemplate.CodeColumn, number), "communeCode",
                $"Mã xã \"{code}\" đã bị đổi thành số (mất số 0 ở đầu): mã xã là chữ, hãy dùng đúng mã trong mẫu đã tải về."));
        }

        var month = Text(ReportTemplate.MonthColumn);
        if (IsNumber(ReportTemplate.MonthColumn))
        {
            errors.Add(new(ReportTemplate.Cell(ReportTemplate.MonthColumn, number), "period",
                "Tháng đã bị Excel đổi thành ngày hoặc số: tháng là chữ dạng 2026-07, hãy dùng đúng tháng trong mẫu đã tải về."));
        }

        var values = new List<(string, double)>();
        for (var i = 0; i < ReportTemplate.Indicators.Count; i++)
        {
            var column = ReportTemplate.FirstIndicatorColumn + i;
            var indicator = ReportTemplate.Indicators[i];
            if (!cells.TryGetValue(column, out var cell) || cell.Text.Trim().Length == 0)
            {
                continue;
            }

            // A number typed into a cell formatted as text is still the number people meant.
            if (cell.Kind is CellKind.Number or CellKind.Text
                && double.TryParse(cell.Text.Trim(), cell.Kind == CellKind.Number ? NumberStyles.Float : NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                values.Add((indicator.Code, value));
            }
            else
            {
                errors.Add(new(ReportTemplate.Cell(column, number), indicator.Code, $"{indicator.Name}: \"{cell.Text.Trim()}\" không phải là một số nguyên."));
            }
        }

        var note = Text(ReportTemplate.NoteColumn);
        return new Row(number, code, month, values, note.Length == 0 ? null : note, errors);
    }

    private static string? HeaderProblem(IReadOnlyDictionary<int, CellText> header)
    {
        var expected = ReportTemplate.Headers;
        for (var column = 0; column < expected.Count; column++)
        {
            var actual = header.TryGetValue(column, out var cell) ? cell.Text.Trim() : "";
            if (actual != expected[column])
            {
                return $"Cột {Exports.SpreadsheetTable.ColumnName(column)} có tiêu đề \"{actual}\", mẫu là \"{expected[column]}\": các cột của mẫu không được di chuyển, đổi tên hay xóa. Tải mẫu mới và nhập lại số liệu.";
            }
        }

        return header.Where(c => c.Key >= expected.Count && c.Value.Text.Trim().Length > 0).Select(c => c.Value.Reference).FirstOrDefault() is { } extra
            ? $"Ô {extra} là một cột không có trong mẫu: không thêm cột. Xóa cột đó rồi gửi lại."
            : null;
    }

    private enum CellKind
    {
        Text,
        Number,
        Other,
    }

    private sealed record CellText(string Reference, string Text, CellKind Kind);

    /// <summary>The row's cells by column (from each cell's reference, or its place when a writer leaves references out).</summary>
    private static Dictionary<int, CellText> Cells(DocumentFormat.OpenXml.Spreadsheet.Row row, int number, string[] shared)
    {
        var cells = new Dictionary<int, CellText>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && ColumnIndex(reference) is { } index ? index : next;
            next = column + 1;
            var type = cell.DataType?.Value;
            var raw = cell.CellValue?.Text ?? "";
            var (text, kind) =
                type == CellValues.SharedString ? (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "", CellKind.Text)
                : type == CellValues.InlineString ? (cell.InlineString?.InnerText ?? "", CellKind.Text)
                : type == CellValues.String ? (raw, CellKind.Text)
                : type is null || type == CellValues.Number ? (raw, CellKind.Number)
                : (raw, CellKind.Other);
            cells[column] = new CellText(ReportTemplate.Cell(column, number), text, kind);
        }

        return cells;
    }

    private static int? ColumnIndex(string reference)
    {
        var letters = ColumnLetters().Match(reference);
        return letters.Success ? letters.Value.Aggregate(0, (index, letter) => (index * 26) + (letter - 'A' + 1)) - 1 : null;
    }

    [GeneratedRegex("^[A-Z]{1,3}")]
    private static partial Regex ColumnLetters();

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    private static Refusal NotATemplate(string message) => new(StatusCodes.Status400BadRequest, message);

    private static Refusal Macro() => new(StatusCodes.Status415UnsupportedMediaType,
        "Tệp có macro (VBA) hoặc là tệp .xlsm: vì an toàn, chỉ nhận tệp .xlsx không có macro. Lưu lại dưới dạng \"Excel Workbook (*.xlsx)\" rồi gửi lại.");

    private static Refusal Bomb(string what) => new(StatusCodes.Status400BadRequest,
        $"Tệp {what}: không phải là mẫu báo cáo. Hãy gửi tệp mẫu đã tải về và điền số liệu.");
}
