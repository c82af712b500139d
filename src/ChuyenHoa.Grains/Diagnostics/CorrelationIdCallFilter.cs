using ChuyenHoa.Contracts.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Grains.Diagnostics;

/// <summary>Puts the request's correlation id on every log entry written while a grain serves the request.</summary>
public sealed class CorrelationIdCallFilter(ILogger<CorrelationIdCallFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (CorrelationContext.Current is not { } correlationId)
        {
            await context.Invoke();
            return;
        }

        using (logger.BeginScope(new Dictionary<string, object> { [CorrelationContext.LogProperty] = correlationId }))
        {
            // On every grain call: skip the arguments' boxing unless someone reads Debug.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("{Grain} {Method} for request {CorrelationId}", context.TargetId, context.MethodName, correlationId);
            }

            await context.Invoke();
        }
    }
}
