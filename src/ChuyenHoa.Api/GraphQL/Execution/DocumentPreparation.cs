using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// Runs before execution: swaps a persisted document id (<c>sha256:&lt;hex&gt;</c>) for the document shipped
/// with the app, and reuses documents already parsed and validated, so a repeated query skips both steps.
/// </summary>
public sealed class DocumentPreparation
{
    public const int MaxCachedDocuments = 1_000;

    private static readonly Counter<long> CacheHits = ApiMetrics.Meter.CreateCounter<long>("chuyenhoa.graphql.document_cache.hits");
    private static readonly Counter<long> CacheMisses = ApiMetrics.Meter.CreateCounter<long>("chuyenhoa.graphql.document_cache.misses");

    private readonly ConcurrentDictionary<string, GraphQLDocument> _validated = new(StringComparer.Ordinal);

    private static readonly (Dictionary<string, string> ByHash, Dictionary<string, string> IdsByName) Shipped = LoadPersistedDocuments();

    /// <summary>The shipped documents by SHA-256 (lowercase hex) of their UTF-8 text.</summary>
    public IReadOnlyDictionary<string, string> PersistedDocuments => Shipped.ByHash;

    /// <summary>The id (<c>sha256:&lt;hex&gt;</c>) of a shipped document by its file name without extension, e.g. <c>IndicatorTable</c>.</summary>
    public static string PersistedDocumentId(string name) => Shipped.IdsByName[name];

    /// <summary>The text of a shipped document by its id (<c>sha256:&lt;hex&gt;</c>).</summary>
    public static bool TryGetPersistedDocument(string documentId, [NotNullWhen(true)] out string? text)
    {
        text = null;
        return documentId.StartsWith("sha256:", StringComparison.Ordinal) && Shipped.ByHash.TryGetValue(documentId["sha256:".Length..], out text);
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.DocumentId is { } documentId)
        {
            if (!TryGetPersistedDocument(documentId, out var text))
            {
                return new ExecutionResult
                {
                    Executed = false,
                    Errors = [new ExecutionError($"Không có tài liệu truy vấn đã đăng ký với mã \"{documentId}\" (dạng sha256:<64 ký tự hex>).") { Code = "PERSISTED_DOCUMENT_NOT_FOUND" }],
                };
            }

            options.Query = text;
            options.DocumentId = null;
        }

        var query = options.Query;
        var cached = query is not null && options.Document is null && _validated.TryGetValue(query, out var document);
        if (cached)
        {
            options.Document = _validated[query!];
            CacheHits.Add(1);
        }
        else
        {
            CacheMisses.Add(1);
        }

        var result = await next(options);
        if (!cached && query is not null && result.Executed && result.Document is not null)
        {
            if (_validated.Count >= MaxCachedDocuments)
            {
                _validated.Clear();
            }

            _validated.TryAdd(query, result.Document);
        }

        return result;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static (Dictionary<string, string> ByHash, Dictionary<string, string> IdsByName) LoadPersistedDocuments()
    {
        const string folder = ".PersistedDocuments.";
        var assembly = Assembly.GetExecutingAssembly();
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".graphql", StringComparison.Ordinal) && n.Contains(folder, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            var text = reader.ReadToEnd();
            var hash = Sha256(text);
            documents[hash] = text;
            ids[name[(name.LastIndexOf(folder, StringComparison.Ordinal) + folder.Length)..^".graphql".Length]] = "sha256:" + hash;
        }

        return (documents, ids);
    }
}
