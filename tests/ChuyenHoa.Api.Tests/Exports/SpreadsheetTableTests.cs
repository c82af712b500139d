using System.Text;
using ChuyenHoa.Api.Exports;

namespace ChuyenHoa.Api.Tests.Exports;

/// <summary>The spreadsheet rules alone, without a host: what counts as formula-looking text and how CSV quotes it.</summary>
public sealed class SpreadsheetTableTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string hostile) =>
        Assert.Equal("'" + hostile, SpreadsheetTable.Neutralize(hostile));

    [Theory]
    [InlineData("03718")]
    [InlineData("Xã Chiềng Khoang")]
    [InlineData("<script>alert(1)</script>")]
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
