using System.Text;
using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Exports;

/// <summary>The spreadsheet rules alone, without a host: what counts as formula-looking text and how CSV quotes it.</summary>
public sealed class SpreadsheetTableTests
{
    public static TheoryData<string> Formulas => [.. HostileText.Formulas];

    public static TheoryData<string> Markup => [.. HostileText.Markup];

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string hostile) =>
        Assert.Equal("'" + hostile, SpreadsheetTable.Neutralize(hostile));

    [Theory]
    [MemberData(nameof(Markup))]
    public void Markup_is_not_a_formula_and_stays_as_written(string markup) =>
        Assert.Equal(markup, SpreadsheetTable.Neutralize(markup));

    [Theory]
    [InlineData("03718")]
    [InlineData("Xã Chiềng Khoang")]
    [InlineData("Giảm 75% so với cùng kỳ = đạt")]
    [InlineData("")]
    public void Other_text_is_left_as_it_is(string text) => Assert.Equal(text, SpreadsheetTable.Neutralize(text));

    [Fact]
    public void CSV_quotes_text_doubles_its_quotes_and_writes_numbers_and_empty_cells_plainly()
    {
        var table = new SpreadsheetTable("Bảng", ["Mã", "Ghi chú", "Giá trị", "Trống"], [["03718", "Camera \"an ninh\"", 1612.5, null]]);

        var csv = table.ToCsv();

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.Equal("\"Mã\",\"Ghi chú\",\"Giá trị\",\"Trống\"\r\n\"03718\",\"Camera \"\"an ninh\"\"\",1612.5,\r\n", Encoding.UTF8.GetString(csv[3..]));
    }
}
