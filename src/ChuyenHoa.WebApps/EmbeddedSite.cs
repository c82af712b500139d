using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ChuyenHoa.WebApps;

/// <summary>
/// Serves a single-page site of web/ built by Vite (see NpmSites.targets) and embedded in this assembly under a resource
/// prefix: the GraphQL IDE and the dashboard.
/// </summary>
internal static class EmbeddedSite
{
    private const string IndexFile = "index.html";

    // Vite names every file under assets/ by a hash of its content, so such a URL never changes meaning.
    private const string HashedAssetsFolder = "assets/";

    /// <summary>
    /// Maps <paramref name="path"/><c>/</c> (the page and its files) and <paramref name="path"/> (a redirect there), open to
    /// anyone: a page holds no data, and every request it sends carries its user's bearer token.
    /// </summary>
    /// <param name="contentSecurityPolicy">Sent with the page: what it may load and where it may connect.</param>
    public static RouteHandlerBuilder MapEmbeddedSite(this IEndpointRouteBuilder endpoints, string path, string resourcePrefix, string contentSecurityPolicy)
    {
        var assets = EmbeddedAsset.LoadAll(typeof(EmbeddedSite).Assembly, resourcePrefix);
        if (!assets.ContainsKey(IndexFile))
        {
            throw new InvalidOperationException($"The page of {path} is not embedded in ChuyenHoa.WebApps (resources {resourcePrefix}*): build the project with npm on PATH.");
        }

        // One route for both: routing ignores a trailing slash, so /x and /x/ reach the same endpoint.
        return endpoints.MapGet(path + "/{**file}", (HttpContext context, string? file) =>
            {
                if (string.IsNullOrEmpty(file) && !context.Request.Path.Value!.EndsWith('/'))
                {
                    // The page's URLs are relative to the folder, so the address without the slash would load nothing.
                    return Results.Redirect($"{context.Request.PathBase}{path}/{context.Request.QueryString}", permanent: true);
                }

                return assets.TryGetValue(string.IsNullOrEmpty(file) ? IndexFile : file, out var asset) ? Serve(context, asset, contentSecurityPolicy) : Results.NotFound();
            })
            .AllowAnonymous();
    }

    private static IResult Serve(HttpContext context, EmbeddedAsset asset, string contentSecurityPolicy)
    {
        var request = context.Request.GetTypedHeaders();
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag.ToString();
        headers.CacheControl = asset.Path.StartsWith(HashedAssetsFolder, StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        if (asset.Path == IndexFile)
        {
            headers.ContentSecurityPolicy = contentSecurityPolicy;
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
