using ChuyenHoa.Proposals;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>The query field of removal proposals: a province's proposals, page by page.</summary>
public static class ProposalQueries
{
    public static void AddProposalQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<RemovalProposalConnectionType>>("removalProposals").Description("Các đề xuất của một tỉnh, mới nhất trước.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .Argument<ListGraphType<NonNullGraphType<RemovalProposalStatusType>>>("status", "Chỉ lấy các trạng thái này.")
            .Argument<IntGraphType>("first", "Số đề xuất tối đa (mặc định 20, tối đa 100).")
            .Argument<StringGraphType>("after", "Con trỏ của trang trước.")
            .ResolveAsync(async c => await ProposalPaging.OfProvinceAsync(
                c, c.GetArgument<string>("provinceCode"), c.GetArgument<List<RemovalProposalStatus>?>("status") ?? []));
}
