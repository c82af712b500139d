using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.Resilience;

/// <summary>The <c>ChuyenHoa:RateLimiting</c> section: how many mutations one caller may send.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "ChuyenHoa:RateLimiting";

    /// <summary>Mutations one caller may send per <see cref="Window"/>; generous, since a district may upload a year of reports at once.</summary>
    public int MutationsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A fixed window of mutations per caller (their user id), shared by every request this silo serves.</summary>
public sealed class MutationRateLimiter(IOptions<RateLimitingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(caller =>
        RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.MutationsPerWindow,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when the caller may go on; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string callerId)
    {
        using var lease = _limiter.AttemptAcquire(callerId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
