using System.Diagnostics.Metrics;

namespace ChuyenHoa.Api;

public static class ApiMetrics
{
    public const string MeterName = "ChuyenHoa.Api";

    public static readonly Meter Meter = new(MeterName);
}
