using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.Diagnostics;
using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.Api.Features.ReportImports;
using ChuyenHoa.Api.GraphQL;
using ChuyenHoa.Api.Health;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Storage;
using ChuyenHoa.Security;
using ChuyenHoa.WebApps;
using Orleans.Dashboard;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// One silo with the API: the platform's parts in the order they start, then what must succeed before the host may
/// start (settings valid, storage answering). Composition itself starts nothing.
/// </summary>
public static class ChuyenHoaHost
{
    /// <summary>Where the Orleans dashboard is served.</summary>
    public const string DashboardPath = "/admin/orleans";

    /// <param name="args">Command-line arguments, as for any ASP.NET Core app (<c>--urls</c>, <c>--ChuyenHoa:DataPath</c>, ...).</param>
    /// <param name="configure">Lets tests add configuration before anything is read.</param>
    /// <param name="extension">What a program hosting the platform for its own purpose adds (the benchmarks' bare endpoint).</param>
    public static async Task<WebApplication> BuildAsync(
        string[] args, Action<WebApplicationBuilder>? configure = null, IHostExtension? extension = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddChuyenHoaOptions();
        // Before any storage client exists: the Azure SDK decides once whether it creates activities.
        builder.AddChuyenHoaTelemetry(builder.ChuyenHoaSettings().Cluster.ClusterId);
        builder.AddChuyenHoaStorage();
        builder.AddChuyenHoaSilo();
        builder.AddChuyenHoaHealthChecks();
        builder.Services.AddChuyenHoaGraphQL(builder.Configuration);
        builder.AddChuyenHoaAuthentication(RepositoryPaths.ResolveDataPath(builder.ChuyenHoaSettings()));
        builder.AddDemoData();
        builder.AddReportingDeadlinesWatch();
        extension?.AddServices(builder);

        var app = builder.Build();
        try
        {
            app.UseCorrelationId();
            app.UseWebSockets();
            app.MapHealthEndpoints();
            app.UseChuyenHoaAuthentication();
            app.MapChuyenHoaGraphQL();
            app.MapExports();
            app.MapReportImports();
            app.MapWebApps();
            // The Orleans dashboard shows every tenant's grains: platform administrators only (401 without a token, 403 for other roles).
            app.MapOrleansDashboard(DashboardPath).RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));
            extension?.MapEndpoints(app);

            app.ValidateSettings();
            await app.StartStorageAsync(cancellationToken);
            return app;
        }
        catch
        {
            // Stops the development Azurite if it had started.
            await app.DisposeAsync();
            throw;
        }
    }
}
