using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChuyenHoa.Host.Hosting;

internal sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails localSilo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {localSilo.SiloAddress} đang hoạt động.")
            : HealthCheckResult.Unhealthy($"Silo {localSilo.SiloAddress} chưa hoạt động (trạng thái {status})."));
    }
}
