using ChuyenHoa.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChuyenHoa.Host.Hosting;

internal sealed class StorageHealthCheck(StorageAccount account) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failure = await account.ProbeAsync(TimeSpan.FromSeconds(3), cancellationToken);
        return failure is null
            ? HealthCheckResult.Healthy($"Kho lưu trữ {account.Tables.Uri} trả lời.")
            : HealthCheckResult.Unhealthy($"Kho lưu trữ {account.Tables.Uri} không trả lời.", failure);
    }
}
