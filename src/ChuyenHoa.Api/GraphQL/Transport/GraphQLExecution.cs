using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Resilience;
using ChuyenHoa.Contracts.Security;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>Runs one GraphQL request for a caller, the same way for HTTP and WebSocket.</summary>
public sealed class GraphQLExecution(
    IDocumentExecuter executer, ISchema schema, IGrainFactory grains, UnavailableErrors unavailable, DocumentPreparation documents, IOptions<GraphQLOptions> options)
{
    /// <summary>Finds the document the request will run, or why it will not run (see <see cref="PreparedDocument.Refusal"/>).</summary>
    public PreparedDocument Prepare(GraphQLRequest request) => documents.Prepare(request);

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Caller? caller, HttpContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(request, Prepare(request), caller, context, cancellationToken);

    /// <summary>
    /// Runs a prepared request. Validation charges the caller's rate limit (see <see cref="RequestBudget"/>), so what is
    /// charged is the operation that runs, and a caller over the limit gets nothing executed.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, PreparedDocument prepared, Caller? caller, HttpContext context, CancellationToken cancellationToken)
    {
        if (prepared.Refusal is { } refusal)
        {
            return new ExecutionResult { Executed = false, Errors = [refusal] };
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = prepared.Text,
            Document = prepared.Document,
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
        documents.Remember(prepared, result);
        return result;
    }
}
