using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;

namespace ChuyenHoa.Host.Hosting;

public static class ReportingDeadlinesWatchRegistration
{
    /// <summary>Every onboarded province's reporting deadlines checked, those onboarded before deadlines existed included.</summary>
    public static WebApplicationBuilder AddReportingDeadlinesWatch(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ReportingDeadlinesWatch>();
        return builder;
    }
}

/// <summary>
/// Makes sure every onboarded province's reporting deadlines are checked: a province gets its reminder when it adds a plan,
/// so one whose plans were stored before deadlines existed would never be checked. Idempotent (the grain registers its
/// reminder once), so every silo may do it at every start; a failed attempt is tried again.
/// </summary>
internal sealed class ReportingDeadlinesWatch(IGrainFactory grains, ILogger<ReportingDeadlinesWatch> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var tenants = await grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
                await Task.WhenAll(tenants.Select(t => grains.GetGrain<IReportingDeadlinesGrain>(t.ProvinceCode).EnsureWatchedAsync()));
                logger.LogInformation("Reporting deadlines watched for {Count} provinces", tenants.Count);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not make sure the provinces' reporting deadlines are watched; trying again in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}
