using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.Features.Reporting;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

/// <summary>The subscription root: the fields each feature contributes.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Thông báo tức thời qua WebSocket (giao thức graphql-transport-ws).";
        this.AddProposalSubscriptions();
        this.AddReportingSubscriptions();
    }
}
