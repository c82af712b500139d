using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.DemoData;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// Onboards the demo tenants (14 Sơn La, 12 Lai Châu) and loads the reference case once the silo runs;
/// idempotent, so every start may call it.
/// </summary>
internal sealed class DemoTenantsSeeder(IGrainFactory grains, ILogger<DemoTenantsSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var province in DemoTenants.ProvinceCodes)
            {
                var tenant = await grains.GetGrain<ITenantGrain>(province).OnboardAsync(DivisionEdition.ThreeLevel2024.Id);
                logger.LogInformation("Demo tenant {ProvinceCode} {ProvinceName} ready ({UnitCount} units)", tenant.ProvinceCode, tenant.ProvinceName, tenant.UnitCount);
            }

            var proposalId = await ReferenceCaseLoader.LoadAsync(grains);
            logger.LogInformation("Reference case loaded: plan 314/QĐ-UBND of 2023, Chiềng Khoang's proposal {ProposalId}", proposalId);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Loading the demo tenants failed; the next start tries again");
        }
    }
}
