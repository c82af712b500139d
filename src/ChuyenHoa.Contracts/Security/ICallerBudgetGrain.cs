namespace ChuyenHoa.Contracts.Security;

/// <summary>
/// One caller's rate-limit window, for the whole cluster: one activation per caller (key: the caller's user id), which
/// every silo calls once per GraphQL request. Kept in memory only: a window is short, and losing it with its silo only
/// gives the caller a fresh window.
/// </summary>
[Alias("ChuyenHoa.ICallerBudgetGrain")]
public interface ICallerBudgetGrain : IGrainWithStringKey
{
    /// <summary>Charges one request to the current window, all of it or nothing.</summary>
    /// <returns>Null when charged; otherwise how long until the window ends and the request would fit.</returns>
    [Alias("Charge")]
    Task<TimeSpan?> ChargeAsync(RequestCharge charge, BudgetLimits limits);
}
