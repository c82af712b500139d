using System.Globalization;
using System.Reflection;
using System.Text;

namespace ChuyenHoa.Errors;

/// <summary>
/// What text people type may hold: any printable character, tabs and line breaks. Other control characters (U+0000–U+001F,
/// U+007F–U+009F), unpaired surrogates and U+FFFE/U+FFFF are refused: nobody reads them, and XML (so XLSX) cannot hold them.
/// So are the bidirectional formatting characters (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): Vietnamese never needs
/// them, and they make text read other than it is ("bien-ban\u202Excod.exe" shows as "bien-banexe.docx").
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
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsBidiFormatting(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBidiFormatting(char c) => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// The first refusal of <see cref="Check"/> in any string of <paramref name="value"/>: a string, a list, a dictionary
    /// (GraphQL input) or an input record (grain input), named by its path from <paramref name="path"/> ("evidence[0].fileName").
    /// </summary>
    public static DomainError? FirstDisallowed(object? value, string path) => value switch
    {
        null or byte[] or ValueType => null,
        string text => Check(text, path),
        IDictionary<string, object?> fields => fields.Select(f => FirstDisallowed(f.Value, Member(path, f.Key))).FirstOrDefault(e => e is not null),
        System.Collections.IEnumerable items => items.Cast<object?>().Select((item, i) => FirstDisallowed(item, $"{path}[{i}]")).FirstOrDefault(e => e is not null),
        _ => value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => FirstDisallowed(p.GetValue(value), Member(path, char.ToLowerInvariant(p.Name[0]) + p.Name[1..])))
            .FirstOrDefault(e => e is not null),
    };

    private static string Member(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

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
