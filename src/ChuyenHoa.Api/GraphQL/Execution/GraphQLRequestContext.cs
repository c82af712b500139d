using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>What a resolver knows of its request: the caller (null when anonymous) and the per-request batch loaders.</summary>
public sealed class GraphQLRequestContext : Dictionary<string, object?>
{
    public GraphQLRequestContext(Caller? caller, IGrainFactory grains)
    {
        Caller = caller;
        Loaders = new RequestLoaders(grains);
    }

    public Caller? Caller { get; }

    public RequestLoaders Loaders { get; }
}
