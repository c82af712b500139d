using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>What a resolver knows of its request: the caller (null when anonymous) and the request's scope-checking loaders.</summary>
public sealed class GraphQLRequestContext(Caller? caller, IGrainFactory grains) : Dictionary<string, object?>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, object> _loaders = [];
    private long _indicatorCells;

    public Caller? Caller { get; } = caller;

    public IGrainFactory Grains { get; } = grains;

    /// <summary>The request's loader of one object kind, made on first use; sibling resolvers share it, so their reads batch.</summary>
    public TLoader Loader<TLoader>()
        where TLoader : class, IRequestLoader<TLoader>
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(typeof(TLoader), out var loader))
            {
                _loaders[typeof(TLoader)] = loader = TLoader.Create(this);
            }

            return (TLoader)loader;
        }
    }

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
        var context = new GraphQLRequestContext(Caller, Grains);
        foreach (var (key, value) in this)
        {
            context[key] = value;
        }

        return context;
    }
}
