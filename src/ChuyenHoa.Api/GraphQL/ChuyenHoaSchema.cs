using ChuyenHoa.Api.GraphQL.Types;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL;

public sealed class ChuyenHoaSchema : Schema
{
    public ChuyenHoaSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "ChuyenHoa: chuyển hóa địa bàn trọng điểm, phức tạp về an ninh trật tự (Ban Chỉ đạo 138).";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
