using ChuyenHoa.Api.GraphQL.Execution;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ChuyenHoa.Api.GraphQL.Subscriptions;

/// <summary>
/// Resolves each subscription event with loaders of its own. The loaders cache what they read, so loaders shared
/// for the life of a subscription would show every later event the nested data of the first one.
/// </summary>
public sealed class FreshLoadersSubscriptionStrategy : SubscriptionExecutionStrategy
{
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        if (clone.UserContext is GraphQLRequestContext request)
        {
            clone.UserContext = request.ForEvent();
        }

        return clone;
    }
}
