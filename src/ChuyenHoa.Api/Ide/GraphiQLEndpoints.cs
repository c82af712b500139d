using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ChuyenHoa.Api.Ide;

/// <summary>The GraphQL IDE page (GraphiQL, built from <c>GraphiQL/</c> and embedded in this assembly).</summary>
public static class GraphiQLEndpoints
{
    public const string Path = "/graphql/ui";
    private const string ResourcePrefix = "GraphiQL/";
    private const string IndexFile = "index.html";

    // Vite names every file under assets/ by a hash of its content, so such a URL never changes meaning.
    private const string HashedAssetsFolder = "assets/";

    // The page loads only its own files and talks only to its own origin (HTTP and WebSocket): nothing reaches a CDN
    // even if a dependency tried. Monaco, the editor, injects its styles inline.
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Maps <c>/graphql/ui/</c> (the page and its files) and <c>/graphql/ui</c> (a redirect there), open to anyone:
    /// the page holds no data, and every request it sends carries the bearer token its user pastes.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        var assets = EmbeddedAsset.LoadAll(typeof(GraphiQLEndpoints).Assembly, ResourcePrefix);
        if (!assets.ContainsKey(IndexFile))
        {
            throw new InvalidOperationException("The GraphQL IDE page is not embedded in ChuyenHoa.Api: build the project with npm on PATH.");
        }

        // One route for both: routing ignores a trailing slash, so /graphql/ui and /graphql/ui/ reach the same endpoint.
        endpoints.MapGet(Path + "/{**file}", (HttpContext context, string? file) =>
            {
                if (string.IsNullOrEmpty(file) && !context.Request.Path.Value!.EndsWith('/'))
                {
                    // The page's URLs are relative to the folder, so the address without the slash would load nothing.
                    return Results.Redirect($"{context.Request.PathBase}{Path}/{context.Request.QueryString}", permanent: true);
                }

                return assets.TryGetValue(string.IsNullOrEmpty(file) ? IndexFile : file, out var asset) ? Serve(context, asset) : Results.NotFound();
            })
            .AllowAnonymous();
        return endpoints;
    }

    private static IResult Serve(HttpContext context, EmbeddedAsset asset)
    {
        var request = context.Request.GetTypedHeaders();
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag.ToString();
        headers.CacheControl = asset.Path.StartsWith(HashedAssetsFolder, StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        if (asset.Path == IndexFile)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        if (request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(asset.ETag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var gzip = request.AcceptEncoding.Any(e => e.Value == "gzip" && e.Quality != 0) ? asset.Gzip : null;
        if (gzip is null)
        {
            return Results.Bytes(asset.Content, asset.ContentType);
        }

        headers.ContentEncoding = "gzip";
        return Results.Bytes(gzip, asset.ContentType);
    }
}
