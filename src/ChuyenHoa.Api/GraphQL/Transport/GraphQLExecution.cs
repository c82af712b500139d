using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Security;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>Runs one GraphQL request for a caller, the same way for HTTP and WebSocket.</summary>
public sealed class GraphQLExecution(IDocumentExecuter executer, ISchema schema, IGrainFactory grains, IOptions<GraphQLOptions> options)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Caller? caller, HttpContext context, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = context.User,
            RequestServices = context.RequestServices,
            UserContext = new GraphQLRequestContext(caller, grains),
            CancellationToken = cancellationToken,
            Timeout = options.Value.RequestTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
}
