using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.Resilience;

/// <summary>A budget that no request could pass, or a window of no length, stops start-up with the key named.</summary>
internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var failures = new List<string>();
        if (options.MutationsPerWindow < 1)
        {
            failures.Add($"{RateLimitingOptions.Section}:{nameof(options.MutationsPerWindow)} phải là số nguyên dương, không phải {options.MutationsPerWindow}.");
        }

        if (!(options.QueryCostPerWindow > 0))
        {
            failures.Add($"{RateLimitingOptions.Section}:{nameof(options.QueryCostPerWindow)} phải là số dương, không phải {options.QueryCostPerWindow}.");
        }

        if (!(options.SubscriptionCost >= 0))
        {
            failures.Add($"{RateLimitingOptions.Section}:{nameof(options.SubscriptionCost)} không được âm ({options.SubscriptionCost}).");
        }

        if (options.Window <= TimeSpan.Zero)
        {
            failures.Add($"{RateLimitingOptions.Section}:{nameof(options.Window)} phải là khoảng thời gian dương (ví dụ 00:01:00), không phải {options.Window}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
