using System.Diagnostics;
using ChuyenHoa.Contracts.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Api.Diagnostics;

/// <summary>
/// One correlation id per request: the caller's <c>X-Correlation-Id</c> when it is a sane token, a new one
/// otherwise. It is echoed in the response, put on the request's log scope and trace, and carried into grain calls.
/// </summary>
public static class CorrelationIdMiddleware
{
    public const string HeaderName = "X-Correlation-Id";
    public const string TraceTag = "chuyenhoa.correlation_id";
    private const int MaxLength = 64;

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CorrelationIdMiddleware));
        return app.Use(async (context, next) =>
        {
            var correlationId = IsSane(context.Request.Headers[HeaderName]) ? context.Request.Headers[HeaderName].ToString() : Guid.NewGuid().ToString("N");
            context.TraceIdentifier = correlationId;
            context.Response.Headers[HeaderName] = correlationId;
            Activity.Current?.SetTag(TraceTag, correlationId);
            CorrelationContext.Current = correlationId;
            using (logger.BeginScope(new Dictionary<string, object> { [CorrelationContext.LogProperty] = correlationId }))
            {
                await next(context);
            }
        });
    }

    // Logged and echoed back, so only a short token of safe characters is taken from the caller.
    private static bool IsSane(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 1 && values[0] is { Length: > 0 and <= MaxLength } value
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
