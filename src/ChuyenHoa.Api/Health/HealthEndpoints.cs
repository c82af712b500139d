using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChuyenHoa.Api.Health;

public static class HealthEndpoints
{
    /// <summary>Tag of the checks that decide readiness (storage reachable, silo active).</summary>
    public const string ReadyTag = "ready";

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: every ready check passes (503 otherwise).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    /// <summary>
    /// Status only: the endpoints answer anyone, and a check's description names the storage endpoint and why it failed.
    /// The health check service logs each description (a failure as an error), so operators read it in the log.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() }),
        }));
    }
}
