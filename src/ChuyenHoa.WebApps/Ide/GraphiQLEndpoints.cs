using Microsoft.AspNetCore.Routing;

namespace ChuyenHoa.WebApps.Ide;

/// <summary>The GraphQL IDE page (GraphiQL, built from <c>web/graphiql</c> and embedded in this assembly).</summary>
public static class GraphiQLEndpoints
{
    public const string Path = "/graphql/ui";

    // The page loads only its own files and talks only to its own origin (HTTP and WebSocket): nothing reaches a CDN
    // even if a dependency tried. Monaco, the editor, injects its styles inline.
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Maps <c>/graphql/ui/</c> (the page and its files) and <c>/graphql/ui</c> (a redirect there), open to anyone.</summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEmbeddedSite(Path, "graphiql/", ContentSecurityPolicy);
        return endpoints;
    }
}
