using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using GraphQLParser.AST;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// Documents already parsed and found valid, by their text, bounded by an estimate of the memory they hold rather
/// than by their number (a thousand 100 KB documents would be 100 MB of text before their syntax trees).
/// </summary>
public sealed class DocumentCache(long maxBytes)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _entries = new(StringComparer.Ordinal);
    private readonly Lock _writing = new();
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    public bool TryGet(string text, [NotNullWhen(true)] out GraphQLDocument? entry) => _entries.TryGetValue(text, out entry);

    /// <summary>Keeps <paramref name="entry"/> unless it alone is larger than the bound; when the bound would be passed, the cache starts over.</summary>
    /// <param name="bytes">What the entry holds: its text and syntax tree (see <see cref="EstimateBytes"/>).</param>
    public void Add(string text, GraphQLDocument entry, long bytes)
    {
        if (bytes > maxBytes)
        {
            return;
        }

        lock (_writing)
        {
            if (_entries.ContainsKey(text))
            {
                return;
            }

            // Starting over is crude but cheap and keeps the bound: a working set of repeated documents refills at once.
            if (_bytes + bytes > maxBytes)
            {
                _entries.Clear();
                Interlocked.Exchange(ref _bytes, 0);
            }

            _entries[text] = entry;
            Interlocked.Add(ref _bytes, bytes);
        }
    }

    /// <summary>
    /// Memory of a parsed document: its text (UTF-16, shared by the syntax tree) and its syntax tree, about 160 bytes a
    /// token (parsing a 16-token query allocates about 2.3 KB).
    /// </summary>
    public static long EstimateBytes(string text, int tokens) => 2L * text.Length + 160L * tokens;
}
