using GraphQL.DataLoader;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// The loader of one object kind for one request: each feature owns the loaders of its objects, and a loader is the
/// only way resolvers read those objects, so every one of them, root or nested, passes the caller's scope check.
/// The request context makes each loader once (<see cref="GraphQLRequestContext.Loader{TLoader}"/>), so a level's
/// reads of one kind go out in one batch.
/// </summary>
public interface IRequestLoader<out TSelf>
    where TSelf : class, IRequestLoader<TSelf>
{
    static abstract TSelf Create(GraphQLRequestContext request);
}

/// <summary>A loader of objects that have Relay global ids, so that <c>node(id:)</c> finds them through the same scope check.</summary>
public interface INodeLoader
{
    /// <summary>The object of a global id's type and key as the caller may see it (null inside), or null when the type is not this loader's.</summary>
    IDataLoaderResult? LoadNode(string type, string key);
}
