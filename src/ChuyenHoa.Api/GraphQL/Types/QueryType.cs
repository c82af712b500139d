using ChuyenHoa.Api.Features.Indicators;
using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.Features.Reporting;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

/// <summary>The query root: the caller, <c>node(id:)</c>, and the fields each feature contributes.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Các truy vấn đọc dữ liệu.";

        // In the order of the served schema (schema.graphql), which clients and the committed file rely on.
        Field<NonNullGraphType<ViewerType>>("me").Description("Người đang đăng nhập.").Resolve(c => c.Caller());
        Field<NodeInterface>("node").Description("Một đối tượng theo định danh toàn cục (Relay).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Định danh toàn cục.")
            .ResolveAsync(async c => await NodeInterface.LoadAsync(c, c.GetArgument<string>("id"), c.Loader<UnitLoader>(), c.Loader<PlanLoader>(), c.Loader<ProposalLoader>()));
        this.AddUnitQueries();
        this.AddIndicatorCatalogQuery();
        this.AddPlanQueries();
        this.AddProposalQueries();
        this.AddIndicatorDataQueries();
        this.AddReportingQueries();
    }
}
