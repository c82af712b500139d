using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Subscriptions;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Thông báo tức thời qua WebSocket (giao thức graphql-transport-ws).";
        Field<NonNullGraphType<RemovalProposalType>>("removalProposalChanged")
            .Description("Mỗi lần một đề xuất của tỉnh đổi trạng thái (gửi, rút, phê duyệt, không phê duyệt, trả lại).")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .ResolveStream(c =>
            {
                var province = c.GetArgument<string>("provinceCode");
                var caller = c.Caller();
                if (!caller.Scope.CanReadUnit(province, caller.DistrictCode))
                {
                    throw ResolveContextExtensions.Error(ErrorCodes.Forbidden, "Bạn không có quyền theo dõi đề xuất của tỉnh này.");
                }

                // Each event passes the same check as a proposal read any other way (a district sees its own).
                var loaders = c.Loaders();
                return c.RequestServices!.GetRequiredService<ProposalChangeHub>().Watch(province, p => loaders.Visible(p) is not null);
            });
    }
}
