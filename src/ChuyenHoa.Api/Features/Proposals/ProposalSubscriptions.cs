using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>The subscription of removal proposals: every change of a province's proposals, as the caller may read them.</summary>
public static class ProposalSubscriptions
{
    public static void AddProposalSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<RemovalProposalType>>("removalProposalChanged")
            .Description("Mỗi lần một đề xuất của tỉnh đổi trạng thái (gửi, rút, thẩm định, phê duyệt, không phê duyệt, trả lại).")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .ResolveStream(c =>
            {
                var province = c.GetArgument<string>("provinceCode");
                var caller = c.Caller();
                if (!caller.Scope.CanListProposals(province))
                {
                    throw ResolveContextExtensions.Error(ErrorCodes.Forbidden, "Bạn không có quyền theo dõi đề xuất của tỉnh này.");
                }

                // Each event passes the same check as a proposal read any other way (a district or commune committee sees its own).
                var proposals = c.Loader<ProposalLoader>();
                return c.RequestServices!.GetRequiredService<ProposalChangeHub>().Watch(province, p => proposals.Visible(p) is not null);
            });
}
