using ChuyenHoa.Api.GraphQL.Execution;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Một đối tượng có định danh toàn cục (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Định danh toàn cục, không đổi, dùng với truy vấn node(id).");
    }

    /// <summary>The object of a global id through the loader of its type, so it passes the same scope check as at any depth; null when none has it.</summary>
    public static async Task<object?> LoadAsync(IResolveFieldContext context, string id, params INodeLoader[] loaders) =>
        GlobalId.TryDecode(id, out var type, out var key) && loaders.Select(l => l.LoadNode(type, key)).FirstOrDefault(r => r is not null) is { } result
            ? await result.GetResultAsync(context.CancellationToken)
            : null;
}
