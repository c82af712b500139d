using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Resilience;
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
public sealed class GraphQLExecution(IDocumentExecuter executer, ISchema schema, IGrainFactory grains, UnavailableErrors unavailable, IOptions<GraphQLOptions> options)
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
            UnhandledExceptionDelegate = failure =>
            {
                // An outage gets its code and a message a person can act on; other failures stay unexplained errors.
                if (unavailable.Classify(failure.OriginalException) is { } error)
                {
                    failure.Exception = error;
                }

                return Task.CompletedTask;
            },
        });
}
