using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Grains.Security;

/// <summary>A fixed window per caller, in memory: no storage call on the request path.</summary>
public sealed class CallerBudgetGrain(TimeProvider clock) : Grain, ICallerBudgetGrain
{
    private DateTimeOffset _windowEnds;
    private int _mutations;
    private double _queryCost;

    public Task<TimeSpan?> ChargeAsync(RequestCharge charge, BudgetLimits limits)
    {
        var now = clock.GetUtcNow();
        if (now >= _windowEnds)
        {
            _windowEnds = now + limits.Window;
            _mutations = 0;
            _queryCost = 0;
            // An idle caller's activation is not collected before its window ends, whatever the window's length.
            DelayDeactivation(limits.Window);
        }

        if (_mutations + charge.Mutations > limits.MutationsPerWindow || _queryCost + charge.QueryCost > limits.QueryCostPerWindow)
        {
            return Task.FromResult<TimeSpan?>(_windowEnds - now);
        }

        _mutations += charge.Mutations;
        _queryCost += charge.QueryCost;
        return Task.FromResult<TimeSpan?>(null);
    }
}
