namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>The <c>ChuyenHoa:GraphQL</c> section: limits of the GraphQL endpoint.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "ChuyenHoa:GraphQL";

    /// <summary>Largest request body; more gets 413. Evidence documents travel inside it as base64.</summary>
    public long MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 50_000;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a WebSocket may stay open before it sends connection_init (then close 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
