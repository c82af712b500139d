using ChuyenHoa.Errors;

namespace ChuyenHoa.Domain.Tests.Errors;

public class FreeTextTests
{
    [Theory]
    [InlineData("Bổ sung biên bản hội nghị có chữ ký")]
    [InlineData("Dòng một\r\nDòng hai\tcột")]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("Chữ 𠀀 ngoài BMP và emoji 👍")]
    [InlineData("")]
    public void Printable_text_tabs_and_line_breaks_may_be_stored(string text)
    {
        Assert.Equal(-1, FreeText.IndexOfDisallowed(text));
        Assert.Null(FreeText.Check(text, "reason"));
        Assert.Same(text, FreeText.Sanitize(text));
    }

    [Theory]
    [InlineData("Lý do\u0001", 5)]
    [InlineData("\u0000", 0)]
    [InlineData("a\u001Bb", 1)]
    [InlineData("a\u007F", 1)]
    [InlineData("a\u0085", 1)]
    [InlineData("a\uFFFE", 1)]
    public void Other_control_characters_and_noncharacters_are_found(string text, int index) =>
        Assert.Equal(index, FreeText.IndexOfDisallowed(text));

    [Fact]
    public void Unpaired_surrogates_are_found()
    {
        // Built here, not in attributes: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal(1, FreeText.IndexOfDisallowed("a\uD800b"));
        Assert.Equal(2, FreeText.IndexOfDisallowed("ab\uDC00"));
        Assert.Equal(0, FreeText.IndexOfDisallowed("\uDC00\uD800"));
    }

    [Fact]
    public void Check_names_the_field_the_character_and_its_position_in_vietnamese()
    {
        var error = FreeText.Check("Trả lại\u0001", "reason")!;

        Assert.Equal((ErrorCodes.ValidationFailed, "reason"), (error.Code, error.Field));
        Assert.Contains("Trường \"reason\"", error.Message);
        Assert.Contains("U+0001", error.Message);
        Assert.Contains("vị trí 8", error.Message);
    }

    [Fact]
    public void Sanitize_replaces_each_disallowed_character_and_keeps_the_rest()
    {
        Assert.Equal("Lý\uFFFDdo\uFFFD\uFFFD 👍\n", FreeText.Sanitize("Lý\u0001do\u0000\uD800 👍\n"));
    }

    [Theory]
    [InlineData("bien-ban\u202Excod.exe", 8)]
    [InlineData("a\u202Ab", 1)]
    [InlineData("\u2066x", 0)]
    [InlineData("ab\u2069", 2)]
    [InlineData("a\u200E", 1)]
    [InlineData("a\u200Fb", 1)]
    public void Bidirectional_formatting_characters_are_found_and_sanitized(string text, int index)
    {
        Assert.Equal(index, FreeText.IndexOfDisallowed(text));
        Assert.Equal('\uFFFD', FreeText.Sanitize(text)[index]);
    }

    [Fact]
    public void FirstDisallowed_names_the_path_of_a_string_inside_an_input_record()
    {
        var input = new { CommuneCode = "03718", Evidence = new[] { new { FileName = "bien-ban.docx", Content = new byte[] { 1 } }, new { FileName = "bien-ban\u202Excod.exe", Content = new byte[] { 2 } } } };

        var error = FreeText.FirstDisallowed(input, "")!;

        Assert.Equal((ErrorCodes.ValidationFailed, "evidence[1].fileName"), (error.Code, error.Field));
        Assert.Contains("U+202E", error.Message);
    }

    [Fact]
    public void FirstDisallowed_finds_nothing_in_clean_input() =>
        Assert.Null(FreeText.FirstDisallowed(new Dictionary<string, object?> { ["reason"] = "Bổ sung", ["values"] = new object?[] { 1.5, null } }, ""));
}
