using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.Resilience;

/// <summary>The <c>ChuyenHoa:RateLimiting</c> section: what one caller may send per window, across the cluster.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "ChuyenHoa:RateLimiting";

    /// <summary>Mutation fields one caller may run per <see cref="Window"/>; generous, since a district may upload a year of reports at once.</summary>
    public int MutationsPerWindow { get; set; } = 600;

    /// <summary>
    /// Total complexity of the queries (and subscriptions) one caller may run per <see cref="Window"/>: twenty requests
    /// at the largest complexity one request may have, or hundreds of dashboard views.
    /// </summary>
    public double QueryCostPerWindow { get; set; } = 1_000_000;

    /// <summary>
    /// The least a subscription is charged, whatever its complexity: it holds a stream open until the socket closes, so the
    /// query budget bounds how many one caller opens per <see cref="Window"/> (50 by default), over any number of sockets.
    /// </summary>
    public double SubscriptionCost { get; set; } = 20_000;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Charges each request to its caller's window in <see cref="ICallerBudgetGrain"/>, once the document is valid and
/// before anything runs: a mutation one permit per top-level field of the operation that runs (aliases and fragments
/// included), a query its complexity, a subscription its complexity but at least <see cref="RateLimitingOptions.SubscriptionCost"/>.
/// </summary>
public sealed class RequestBudget(IGrainFactory grains, IOptions<RateLimitingOptions> options)
{
    /// <summary>Key of a RATE_LIMITED error's data: seconds to wait.</summary>
    public const string RetryAfterSeconds = "retryAfterSeconds";

    /// <summary>Runs as the complexity analyzer's last step, which knows the operation that runs and its complexity.</summary>
    public async Task ChargeAsync(ComplexityValidationContext complexity)
    {
        var validation = complexity.ValidationContext;
        if (complexity.Error is not null || validation.UserContext is not GraphQLRequestContext { Caller: { } caller })
        {
            return;
        }

        var limits = options.Value;
        var mutation = validation.Operation.Operation == OperationType.Mutation;
        var charge = mutation ? new RequestCharge(DocumentShape.TopLevelFields(validation.Document, validation.Operation), 0)
            : validation.Operation.Operation == OperationType.Subscription ? new RequestCharge(0, Math.Max(complexity.TotalImpact, limits.SubscriptionCost))
            : new RequestCharge(0, complexity.TotalImpact);
        var retryAfter = await grains.GetGrain<ICallerBudgetGrain>(caller.UserId)
            .ChargeAsync(charge, new BudgetLimits(limits.MutationsPerWindow, limits.QueryCostPerWindow, limits.Window));
        if (retryAfter is null)
        {
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.Value.TotalSeconds));
        var error = new ValidationError(mutation
            ? $"Bạn đã gửi quá nhiều thao tác ghi trong thời gian ngắn (tối đa {limits.MutationsPerWindow} mỗi {limits.Window.TotalSeconds:0} giây, yêu cầu này có {charge.Mutations}); thao tác này chưa được thực hiện. Hãy gửi lại sau {seconds} giây."
            : $"Bạn đã truy vấn quá nhiều dữ liệu trong thời gian ngắn (độ phức tạp tối đa {limits.QueryCostPerWindow:0} mỗi {limits.Window.TotalSeconds:0} giây, yêu cầu này {charge.QueryCost:0}); truy vấn chưa được thực hiện. Hãy gửi lại sau {seconds} giây hoặc hỏi ít dữ liệu hơn.")
        {
            Code = ErrorCodes.RateLimited,
        };
        error.Data[RetryAfterSeconds] = seconds;
        complexity.Error = error;
    }
}
