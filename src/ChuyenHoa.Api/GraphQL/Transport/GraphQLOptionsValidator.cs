using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>Limits that would refuse every request (a zero), or a negative size or time, stop start-up with the key named.</summary>
internal sealed class GraphQLOptionsValidator : IValidateOptions<GraphQLOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value, least) in new (string, long, long)[]
        {
            (nameof(options.MaxBodyBytes), options.MaxBodyBytes, 1),
            (nameof(options.MaxDepth), options.MaxDepth, 1),
            (nameof(options.MaxComplexity), options.MaxComplexity, 1),
            (nameof(options.MaxTokens), options.MaxTokens, 1),
            (nameof(options.MaxFields), options.MaxFields, 1),
            (nameof(options.MaxOperationsPerSocket), options.MaxOperationsPerSocket, 1),
            (nameof(options.MaxAliases), options.MaxAliases, 0),
            (nameof(options.MaxFragments), options.MaxFragments, 0),
            (nameof(options.DocumentCacheBytes), options.DocumentCacheBytes, 0),
        })
        {
            if (value < least)
            {
                failures.Add($"{GraphQLOptions.Section}:{key} phải là số nguyên từ {least} trở lên, không phải {value}.");
            }
        }

        foreach (var (key, value) in new[]
        {
            (nameof(options.RequestTimeout), options.RequestTimeout),
            (nameof(options.ConnectionInitTimeout), options.ConnectionInitTimeout),
            (nameof(options.CloseGrace), options.CloseGrace),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{GraphQLOptions.Section}:{key} phải là khoảng thời gian dương (ví dụ 00:00:30), không phải {value}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
