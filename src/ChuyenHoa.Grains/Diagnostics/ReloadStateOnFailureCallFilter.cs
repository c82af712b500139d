using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Grains.Diagnostics;

/// <summary>
/// Deactivates one of our grains when a call fails with an exception (grains report refusals as outcomes, so an
/// exception means storage or another grain failed midway). The state in memory may then hold a change that was
/// never written, or a stale ETag; the next call reloads it from storage, so a retry sees what was really persisted.
/// </summary>
public sealed class ReloadStateOnFailureCallFilter(ILogger<ReloadStateOnFailureCallFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (context.Grain.GetType().Assembly == typeof(ReloadStateOnFailureCallFilter).Assembly)
        {
            logger.LogWarning(e, "{Grain} {Method} failed; the activation reloads its state from storage on the next call", context.TargetId, context.MethodName);
            // No exception in the reason: Orleans rejects the calls queued behind a deactivation that carries one (with
            // that exception, so a retry would hear of the old failure); without it they go to a fresh activation.
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, $"A call failed ({e.GetType().Name}); reload the persisted state."));
            throw;
        }
    }
}
