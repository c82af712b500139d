using System.Text;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>Relay global ids: base64url of <c>Type:key</c>, opaque to clients and unique across types.</summary>
public static class GlobalId
{
    public static string Encode(string type, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? id, out string type, out string key)
    {
        (type, key) = ("", "");
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return false;
        }

        try
        {
            var base64 = id.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var separator = text.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0)
            {
                return false;
            }

            (type, key) = (text[..separator], text[(separator + 1)..]);
            return key.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
