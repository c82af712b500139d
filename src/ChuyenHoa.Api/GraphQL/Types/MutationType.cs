using ChuyenHoa.Api.Features.Indicators;
using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.Features.Reporting;
using ChuyenHoa.Api.Features.Tenants;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

/// <summary>The mutation root: the fields each feature contributes, each reading its typed input through <see cref="Execution.MutationInput"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Các thao tác ghi. Mỗi thao tác nhận một input và trả payload có errors; clientMutationId là khóa chống gửi trùng.";

        // In the order of the served schema (schema.graphql).
        this.AddPlanMutations();
        this.AddIndicatorMutations();
        this.AddProposalMutations();
        this.AddTenantMutations();
        this.AddReportingMutations();
    }
}
