using ChuyenHoa.Api.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChuyenHoa.WebApps.Dashboard;

/// <summary>How the dashboard signs people in, read by the page before anything else: <c>GET /api/dashboard/config</c>.</summary>
/// <param name="DevelopmentSignIn">Whether the page offers the demo users of the development issuer (Development only).</param>
/// <param name="ClientId">The Entra app registration the page signs in with (MSAL), from <c>AzureAd:ClientId</c>.</param>
/// <param name="Authority">The Entra authority, <c>AzureAd:Instance</c> + <c>AzureAd:TenantId</c>.</param>
/// <param name="Scopes">What the page asks a token for: the API's <c>.default</c> scope.</param>
public sealed record DashboardConfig(bool DevelopmentSignIn, string? ClientId, string? Authority, IReadOnlyList<string> Scopes);

/// <summary>The dashboard (built from <c>web/dashboard</c> and embedded in this assembly) at <c>/dashboard/</c>, and its configuration.</summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";
    public const string ConfigPath = "/api/dashboard/config";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var config = ConfigFrom(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        endpoints.MapEmbeddedSite(Path, "dashboard/", ContentSecurityPolicy(config));
        endpoints.MapGet(ConfigPath, () => TypedResults.Ok(config)).AllowAnonymous();
        return endpoints;
    }

    private static DashboardConfig ConfigFrom(IConfiguration configuration, IHostEnvironment environment)
    {
        var azureAd = configuration.GetSection(AuthenticationSetup.AzureAdSection);
        var clientId = azureAd["ClientId"];
        var authority = azureAd["Authority"]
            ?? (azureAd["Instance"] is { Length: > 0 } instance && azureAd["TenantId"] is { Length: > 0 } tenant ? $"{instance.TrimEnd('/')}/{tenant}" : null);
        var audience = azureAd["Audience"] ?? (clientId is null ? null : $"api://{clientId}");
        return new DashboardConfig(environment.IsDevelopment(), clientId, authority, audience is null ? [] : [$"{audience}/.default"]);
    }

    /// <summary>
    /// The page's own origin only (HTTP and WebSocket), plus, outside Development, the Entra authority that MSAL reaches by
    /// fetch and in a hidden frame. ECharts draws on a canvas and sets inline styles.
    /// </summary>
    private static string ContentSecurityPolicy(DashboardConfig config)
    {
        var entra = !config.DevelopmentSignIn && Uri.TryCreate(config.Authority, UriKind.Absolute, out var authority) ? " " + authority.GetLeftPart(UriPartial.Authority) : "";
        return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
            + $"connect-src 'self'{entra}; frame-src 'self'{entra}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
}
