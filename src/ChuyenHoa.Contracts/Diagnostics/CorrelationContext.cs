using Orleans.Runtime;

namespace ChuyenHoa.Contracts.Diagnostics;

/// <summary>
/// The correlation id of the request being served, carried from the API into every grain call it makes
/// (and the calls those make) through Orleans' request context.
/// </summary>
public static class CorrelationContext
{
    /// <summary>The name of the log scope property that carries the id.</summary>
    public const string LogProperty = "CorrelationId";

    private const string Key = "chuyenhoa.correlation-id";

    /// <summary>The id of the request being served, or null outside a request; setting null removes it.</summary>
    public static string? Current
    {
        get => RequestContext.Get(Key) as string;
        set
        {
            if (value is null)
            {
                RequestContext.Remove(Key);
            }
            else
            {
                RequestContext.Set(Key, value);
            }
        }
    }
}
