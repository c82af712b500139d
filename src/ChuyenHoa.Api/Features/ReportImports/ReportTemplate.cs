using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Api.Features.ReportImports;

/// <summary>
/// The reporting template's layout, the one thing the template download writes and the import reads: a data sheet with a row
/// per commune and month (commune key, commune name, month, one column per standard indicator, the correction note), and a
/// sheet explaining each indicator and the rules. An import whose sheets or header row differ from this one is refused.
/// </summary>
public static class ReportTemplate
{
    public const string DataSheet = "Báo cáo";
    public const string GuideSheet = "Giải thích";

    public const int CodeColumn = 0;
    public const int NameColumn = 1;
    public const int MonthColumn = 2;
    public const int FirstIndicatorColumn = 3;

    public static IReadOnlyList<IndicatorDefinition> Indicators => IndicatorCatalog.Standard.Definitions;

    public static int NoteColumn => FirstIndicatorColumn + Indicators.Count;

    /// <summary>The data sheet's header row: each indicator by its Vietnamese name and its code.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["Mã xã", "Tên xã", "Tháng", .. Indicators.Select(d => $"{d.Name} ({d.Code})"), "Ghi chú điều chỉnh"];

    private static readonly string[] GuideHeaders = ["Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Loại", "Giải thích"];

    /// <summary>A row of the data sheet: the commune's key and name, the month, what is stored now (by indicator code).</summary>
    public sealed record Row(string UnitCode, string UnitName, string Month, IReadOnlyDictionary<string, long> Values);

    /// <summary>The workbook: the data sheet with the rows given, then the explanation sheet.</summary>
    public static byte[] ToXlsx(IReadOnlyList<Row> rows, int maxBytes, int maxRows) => SpreadsheetTable.ToXlsx(
    [
        new SpreadsheetTable(DataSheet, Headers, [.. rows.Select(r => (IReadOnlyList<object?>)
            [r.UnitCode, r.UnitName, r.Month, .. Indicators.Select(d => r.Values.TryGetValue(d.Code, out var v) ? (object)(double)v : null), null])]),
        new SpreadsheetTable(GuideSheet, GuideHeaders, [.. Indicators.Select(Explanation), .. Rules(maxBytes, maxRows)]),
    ]);

    /// <summary>The column of a field of the import's answer: an indicator code, <c>note</c>, <c>period</c>, <c>communeCode</c>; null for the row as a whole.</summary>
    public static int? ColumnOf(string? field) => field switch
    {
        "note" => NoteColumn,
        "period" => MonthColumn,
        "communeCode" => CodeColumn,
        null => null,
        _ => Indicators.Select((d, i) => (d.Code, i)).Where(d => d.Code == field).Select(d => (int?)(FirstIndicatorColumn + d.i)).FirstOrDefault(),
    };

    public static string Cell(int column, int row) => SpreadsheetTable.ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<object?> Explanation(IndicatorDefinition d) =>
    [
        d.Code,
        d.Name,
        d.Unit,
        d.Kind == IndicatorKind.Stock
            ? "Số tồn cuối tháng (quý, năm lấy tháng gần nhất)"
            : "Số phát sinh trong tháng (quý, năm cộng các tháng)",
        d.Code == IndicatorCodes.ManagedPersonsCurrent
            ? $"{d.Description} Số cuối tháng trước là số đã báo cáo, hoặc số của dòng tháng trước trong cùng tệp."
            : d.Description,
    ];

    private static IEnumerable<IReadOnlyList<object?>> Rules(int maxBytes, int maxRows) =>
        new (string Title, string Text)[]
        {
            ("Cách điền", "Mỗi dòng của trang \"Báo cáo\" là một xã trong một tháng; số liệu hiện có đã được điền sẵn. Chỉ sửa các ô số liệu và ô ghi chú. "
                + "Không thêm, xóa, đổi tên hay di chuyển cột và trang; không dùng công thức, macro."),
            ("Ô để trống", "Giữ nguyên số liệu đã báo cáo của chỉ tiêu đó (nhập bằng Excel không xóa số liệu). Dòng để trống hết không thay đổi gì."),
            ("Mã xã, tháng", "Là chữ, không sửa: mã xã giữ số 0 ở đầu (xã của danh mục hai cấp có dạng 2025:03703), tháng dạng 2026-07."),
            ("Số liệu", $"Số nguyên từ 0 đến {IndicatorReportValidator.MaxValue.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.')}, đúng như báo cáo tháng trên trang web."),
            ("Cân đối số người quản lý", "Số người đang quản lý, giáo dục, cảm hóa cuối tháng = cuối tháng trước + đưa vào − đưa ra. "
                + "Trường hợp số liệu đúng mà không khớp (cần ghi đè quy tắc), hãy nhập tháng đó bằng mẫu báo cáo tháng trên trang web."),
            ("Ghi chú điều chỉnh", "Bắt buộc khi sửa số liệu đã báo cáo; được lưu cùng mỗi giá trị thay đổi trong lịch sử của xã."),
            ("Gửi tệp", "Kiểm tra thử trước (không ghi gì): mỗi dòng cho biết mới, điều chỉnh (cũ → mới), không đổi, hoặc bị từ chối (lý do và ô). "
                + "Áp dụng chỉ ghi khi mọi dòng hợp lệ; gửi lại đúng tệp đó không thay đổi gì."),
            ("Giới hạn", $"Tệp .xlsx tối đa {maxBytes / (1024 * 1024)} MB và {maxRows} dòng số liệu."),
        }.Select(rule => (IReadOnlyList<object?>)["(quy tắc)", rule.Title, null, null, rule.Text]);
}
