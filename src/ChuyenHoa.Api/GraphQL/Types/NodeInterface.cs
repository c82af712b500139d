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
}
