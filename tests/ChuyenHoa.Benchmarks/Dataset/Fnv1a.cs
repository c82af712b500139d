using System.Text;

namespace ChuyenHoa.Benchmarks.Dataset;

/// <summary>
/// FNV-1a (32 bits) of a text's UTF-8 bytes: the same in every process and on every machine, which
/// <see cref="HashCode"/> and <see cref="string.GetHashCode()"/> are not (.NET seeds them at random per process).
/// </summary>
public static class Fnv1a
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash(string text)
    {
        var hash = OffsetBasis;
        foreach (var octet in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ octet) * Prime);
        }

        return hash;
    }
}
