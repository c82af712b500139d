using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ChuyenHoa.Api.GraphQL.Transport;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// Runs before execution, for HTTP and WebSocket alike: finds the document a request will run (its text, or the
/// persisted document its id names), refuses one over the size limits before anything quadratic runs on it, and
/// reuses documents already parsed.
/// </summary>
public sealed class DocumentPreparation(IOptions<GraphQLOptions> options)
{
    private static readonly Counter<long> CacheHits = ApiMetrics.Meter.CreateCounter<long>("chuyenhoa.graphql.document_cache.hits");
    private static readonly Counter<long> CacheMisses = ApiMetrics.Meter.CreateCounter<long>("chuyenhoa.graphql.document_cache.misses");

    private const int ParserMaxDepth = 128;

    private readonly DocumentCache _cache = new(options.Value.DocumentCacheBytes);

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

    public PreparedDocument Prepare(GraphQLRequest request)
    {
        if (request.Query is not null && request.DocumentId is not null)
        {
            // Either could be the one a check reads and the other the one that runs: a request names one document.
            return PreparedDocument.Refused(new ExecutionError("Yêu cầu có cả query và documentId: gửi một trong hai (query là văn bản truy vấn, documentId là mã tài liệu đã đăng ký).")
            {
                Code = "BAD_REQUEST",
            });
        }

        var text = request.Query;
        if (request.DocumentId is { } documentId && !TryGetPersistedDocument(documentId, out text))
        {
            return PreparedDocument.Refused(new ExecutionError($"Không có tài liệu truy vấn đã đăng ký với mã \"{documentId}\" (dạng sha256:<64 ký tự hex>).")
            {
                Code = "PERSISTED_DOCUMENT_NOT_FOUND",
            });
        }

        if (text is null)
        {
            return new PreparedDocument(null, null, null, 0);
        }

        if (_cache.TryGet(text, out var cached))
        {
            CacheHits.Add(1);
            return new PreparedDocument(text, cached, OperationOf(cached, request.OperationName), 0, FromCache: true);
        }

        CacheMisses.Add(1);
        var limits = options.Value;
        var tokens = DocumentShape.CountTokens(text, limits.MaxTokens);
        if (tokens > limits.MaxTokens)
        {
            return PreparedDocument.Refused(TooLarge($"hơn {limits.MaxTokens:N0} ký hiệu (token)", nameof(GraphQLOptions.MaxTokens), limits.MaxTokens));
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = ParserMaxDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Far deeper than MaxDepth could ever allow: the parser stops before its recursion does.
            return PreparedDocument.Refused(TooLarge($"các lựa chọn lồng nhau sâu hơn {ParserMaxDepth} tầng cú pháp", nameof(GraphQLOptions.MaxDepth), limits.MaxDepth));
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Execution parses it again and reports the syntax error where it is, as for any invalid document.
            return new PreparedDocument(text, null, null, tokens ?? 0);
        }

        var shape = DocumentShape.Measure(document);
        var refusal = shape.Fields > limits.MaxFields ? TooLarge($"{shape.Fields:N0} trường (kể cả các trường trong mọi fragment, dùng hay không)", nameof(GraphQLOptions.MaxFields), limits.MaxFields)
            : shape.Aliases > limits.MaxAliases ? TooLarge($"{shape.Aliases:N0} bí danh (alias)", nameof(GraphQLOptions.MaxAliases), limits.MaxAliases)
            : shape.Fragments > limits.MaxFragments ? TooLarge($"{shape.Fragments:N0} fragment (định nghĩa và chỗ dùng)", nameof(GraphQLOptions.MaxFragments), limits.MaxFragments)
            : null;
        return refusal is null ? new PreparedDocument(text, document, OperationOf(document, request.OperationName), tokens ?? 0) : PreparedDocument.Refused(refusal);
    }

    /// <summary>Keeps a document that was valid (it ran) for the next request with the same text.</summary>
    public void Remember(PreparedDocument prepared, ExecutionResult result)
    {
        if (!prepared.FromCache && prepared.Text is { } text && prepared.Document is { } document && result.Executed)
        {
            _cache.Add(text, document, DocumentCache.EstimateBytes(text, prepared.Tokens));
        }
    }

    private static ExecutionError TooLarge(string what, string limit, int maximum)
    {
        var error = new ExecutionError($"Tài liệu truy vấn có {what}, vượt giới hạn {maximum:N0} ({GraphQLOptions.Section}:{limit}); yêu cầu không được thực hiện. Hãy chia thành nhiều yêu cầu nhỏ hơn.")
        {
            Code = ErrorCodes.DocumentTooLarge,
        };
        error.Data["limit"] = limit;
        error.Data["maximum"] = maximum;
        return error;
    }

    private static OperationType? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        // An empty name is no name, as the executer reads it: otherwise "operationName=" hides a document's only mutation.
        var chosen = string.IsNullOrEmpty(operationName) ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation;
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

/// <summary>
/// The document a request will run: parsed (null when its text does not parse: execution reports why), with the type
/// of the operation chosen by the request's operation name, or the error that refuses it before validation.
/// </summary>
public sealed record PreparedDocument(string? Text, GraphQLDocument? Document, OperationType? Operation, int Tokens, bool FromCache = false, ExecutionError? Refusal = null)
{
    public static PreparedDocument Refused(ExecutionError refusal) => new(null, null, null, 0, Refusal: refusal);
}
