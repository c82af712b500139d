namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>The <c>ChuyenHoa:GraphQL</c> section: limits of the GraphQL endpoint.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "ChuyenHoa:GraphQL";

    /// <summary>Largest request body; more gets 413. Evidence documents travel inside it as base64.</summary>
    public long MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Lexical tokens in one document, counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 20_000;

    /// <summary>
    /// Field selections in one document with every fragment spread expanded, counted before validation: validation
    /// compares same-named fields pairwise, so its time grows with the square of this number.
    /// </summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Aliased field selections in one document, fragments expanded; a year of reports sent as one aliased batch fits.</summary>
    public int MaxAliases { get; set; } = 300;

    /// <summary>Fragment definitions and spreads written in one document.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>Estimated memory of the parsed documents kept for reuse.</summary>
    public long DocumentCacheBytes { get; set; } = 32 * 1024 * 1024;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a WebSocket may stay open before it sends connection_init (then close 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations (subscriptions and queries in flight) one WebSocket may hold at once.</summary>
    public int MaxOperationsPerSocket { get; set; } = 50;

    /// <summary>How long the server waits for the client to answer its close frame before it drops the connection.</summary>
    public TimeSpan CloseGrace { get; set; } = TimeSpan.FromSeconds(5);
}
