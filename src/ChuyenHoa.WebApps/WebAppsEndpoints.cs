using ChuyenHoa.WebApps.Dashboard;
using ChuyenHoa.WebApps.Ide;
using Microsoft.AspNetCore.Routing;

namespace ChuyenHoa.WebApps;

/// <summary>The web apps of web/, as the host maps them.</summary>
public static class WebAppsEndpoints
{
    /// <summary>Maps the dashboard (<c>/dashboard/</c> and its sign-in configuration) and the GraphQL IDE (<c>/graphql/ui/</c>).</summary>
    public static IEndpointRouteBuilder MapWebApps(this IEndpointRouteBuilder endpoints) => endpoints.MapDashboard().MapGraphiQL();
}
