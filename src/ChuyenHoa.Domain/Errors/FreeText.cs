using System.Globalization;
using System.Text;

namespace ChuyenHoa.Errors;

/// <summary>
/// What text people type may hold: any printable character, tabs and line breaks. Other control characters (U+0000–U+001F,
/// U+007F–U+009F), unpaired surrogates and U+FFFE/U+FFFF are refused: nobody reads them, and XML (so XLSX) cannot hold them.
/// </summary>
public static class FreeText
{
    /// <summary>Where the first character that text may not hold is, from <paramref name="start"/> on, or −1.</summary>
    public static int IndexOfDisallowed(string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>VALIDATION_FAILED naming <paramref name="field"/> and the character, or null when the text may be stored.</summary>
    public static DomainError? Check(string text, string field) =>
        IndexOfDisallowed(text) is var index and >= 0
            ? DomainError.Validation(
                $"Trường \"{field}\" có ký tự điều khiển không nhìn thấy được (U+{((int)text[index]).ToString("X4", CultureInfo.InvariantCulture)}) ở vị trí {index + 1}; "
                + "xóa ký tự đó (thường lẫn vào khi sao chép từ phần mềm khác) rồi gửi lại.", field)
            : null;

    /// <summary>The text with each character it may not hold replaced by U+FFFD: for text stored before the rule, written where it cannot go (XLSX).</summary>
    public static string Sanitize(string text)
    {
        var index = IndexOfDisallowed(text);
        if (index < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text);
        for (; index >= 0; index = IndexOfDisallowed(text, index + 1))
        {
            clean[index] = '\uFFFD';
        }

        return clean.ToString();
    }
}
