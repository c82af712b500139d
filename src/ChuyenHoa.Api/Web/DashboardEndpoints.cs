using ChuyenHoa.Api.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChuyenHoa.Api.Web;

/// <summary>How the dashboard signs people in, read by the page before anything else: <c>GET /api/dashboard/config</c>.</summary>
/// <param name="DevelopmentSignIn">Whether the page offers the demo users of the development issuer (Development only).</param>
/// <param name="ClientId">The Entra app registration the page signs in with (MSAL), from <c>AzureAd:ClientId</c>.</param>
/// <param name="Authority">The Entra authority, <c>AzureAd:Instance</c> + <c>AzureAd:TenantId</c>.</param>
/// <param name="Scopes">What the page asks a token for: the API's <c>.default</c> scope.</param>
public sealed record DashboardConfig(bool DevelopmentSignIn, string? ClientId, string? Authority, IReadOnlyList<string> Scopes);

/// <summary>The dashboard (built from <c>Dashboard/</c> and embedded in this assembly) at <c>/dashboard/</c>, and its configuration.</summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";
    public const string ConfigPath = "/api/dashboard/config";

    // Own origin only (HTTP and WebSocket) plus Entra's sign-in, which MSAL reaches by fetch and by a popup/redirect.
    // ECharts draws on a canvas and sets inline styles.
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self' https://login.microsoftonline.com; frame-src https://login.microsoftonline.com; "
        + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEmbeddedSite(Path, "Dashboard/", ContentSecurityPolicy);
        endpoints.MapGet(ConfigPath, (IConfiguration configuration, IHostEnvironment environment) =>
            {
                var azureAd = configuration.GetSection(AuthenticationSetup.AzureAdSection);
                var clientId = azureAd["ClientId"];
                var authority = azureAd["Authority"]
                    ?? (azureAd["Instance"] is { Length: > 0 } instance && azureAd["TenantId"] is { Length: > 0 } tenant ? $"{instance.TrimEnd('/')}/{tenant}" : null);
                var audience = azureAd["Audience"] ?? (clientId is null ? null : $"api://{clientId}");
                return TypedResults.Ok(new DashboardConfig(environment.IsDevelopment(), clientId, authority, audience is null ? [] : [$"{audience}/.default"]));
            })
            .AllowAnonymous();
        return endpoints;
    }
}
