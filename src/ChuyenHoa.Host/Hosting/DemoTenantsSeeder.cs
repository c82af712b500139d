using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.DemoData;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// Onboards the demo tenants (DemoTenants) and loads the reference case and the two-level demo once the silo runs; idempotent, so
/// every start may do it, and a failed attempt is tried again. As a readiness check it holds <c>/health/ready</c> at 503
/// until everything is loaded, so that the first caller let in sees the demo data.
/// </summary>
internal sealed class DemoTenantsSeeder(IGrainFactory grains, ILogger<DemoTenantsSeeder> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private volatile bool _loaded;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_loaded
            ? HealthCheckResult.Healthy("Đã nạp các tỉnh mẫu và tình huống tham chiếu.")
            : HealthCheckResult.Unhealthy("Đang nạp các tỉnh mẫu và tình huống tham chiếu."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!_loaded && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var (province, edition) in DemoTenants.Onboardings)
                {
                    var tenant = await grains.GetGrain<ITenantGrain>(province).OnboardAsync(edition.Id);
                    logger.LogInformation("Demo tenant {ProvinceCode} {ProvinceName} ready on the {Edition} list ({UnitCount} units)", tenant.ProvinceCode, tenant.ProvinceName, edition.Id, tenant.UnitCount);
                }

                var proposalId = await ReferenceCaseLoader.LoadAsync(grains);
                logger.LogInformation("Reference case loaded: plan 314/QĐ-UBND of 2023, Chiềng Khoang's proposal {ProposalId}", proposalId);
                var twoLevelProposalId = await TwoLevelDemoLoader.LoadAsync(grains);
                logger.LogInformation("Two-level demo loaded: plan of 2026, Quỳnh Nhai's proposal {ProposalId} waiting for the provincial police", twoLevelProposalId);
                var drugPlan = await DrugTrackDemoLoader.LoadAsync(grains);
                logger.LogInformation("Drug-track demo loaded: plan of 2025 closed by year-end decision {DecisionNumber}", drugPlan.YearEndDecision?.DecisionNumber);
                _loaded = true;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Loading the demo tenants failed; trying again in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}
