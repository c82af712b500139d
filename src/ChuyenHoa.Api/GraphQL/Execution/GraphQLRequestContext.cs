using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>What a resolver knows of its request: the caller (null when anonymous) and the request's scope-checking loaders.</summary>
public sealed class GraphQLRequestContext : Dictionary<string, object?>
{
    private readonly IGrainFactory _grains;
    private long _indicatorCells;

    public GraphQLRequestContext(Caller? caller, IGrainFactory grains)
    {
        _grains = grains;
        Caller = caller;
        Loaders = new RequestLoaders(grains, caller);
    }

    public Caller? Caller { get; }

    public RequestLoaders Loaders { get; }

    /// <summary>
    /// Takes <paramref name="cells"/> more indicator cells for this request, unless that would pass <paramref name="maximum"/>
    /// in all: the bound holds across aliases, and sibling resolvers take cells in parallel.
    /// </summary>
    public bool TryTakeIndicatorCells(long cells, long maximum)
    {
        if (Interlocked.Add(ref _indicatorCells, cells) <= maximum)
        {
            return true;
        }

        // Refused cells are not read, so they leave room for a smaller sibling.
        Interlocked.Add(ref _indicatorCells, -cells);
        return false;
    }

    /// <summary>The same caller with loaders of their own: a subscription event reads what is true when it happens, not what an earlier event cached.</summary>
    public GraphQLRequestContext ForEvent()
    {
        var context = new GraphQLRequestContext(Caller, _grains);
        foreach (var (key, value) in this)
        {
            context[key] = value;
        }

        return context;
    }
}
