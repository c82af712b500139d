using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Resilience;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>Runs one GraphQL request for a caller, the same way for HTTP and WebSocket.</summary>
public sealed class GraphQLExecution(
    IDocumentExecuter executer, ISchema schema, IGrainFactory grains, UnavailableErrors unavailable, MutationRateLimiter rateLimiter, IOptions<GraphQLOptions> options)
{
    /// <summary>Key of a RATE_LIMITED error's data: seconds to wait.</summary>
    public const string RetryAfterSeconds = "retryAfterSeconds";

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Caller? caller, HttpContext context, CancellationToken cancellationToken)
    {
        // Over HTTP and WebSocket alike: a caller over the limit gets nothing executed.
        if (caller is not null && OperationOf(request) == OperationType.Mutation && rateLimiter.TryAcquire(caller.UserId) is { } retryAfter)
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            var error = new ExecutionError($"Bạn đã gửi quá nhiều thao tác ghi trong thời gian ngắn; thao tác này chưa được thực hiện. Hãy gửi lại sau {seconds} giây.")
            {
                Code = ErrorCodes.RateLimited,
            };
            error.Data[RetryAfterSeconds] = seconds;
            return Task.FromResult(new ExecutionResult { Executed = false, Errors = [error] });
        }

        return executer.ExecuteAsync(new ExecutionOptions
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

    /// <summary>The type of the operation the request would run; null when the document cannot be read (execution reports why).</summary>
    public static OperationType? OperationOf(GraphQLRequest request)
    {
        // A persisted document is read like the text it stands for, so a mutation sent by id is still a mutation.
        var query = request.Query ?? (request.DocumentId is { } id && DocumentPreparation.TryGetPersistedDocument(id, out var persisted) ? persisted : null);
        if (query is null)
        {
            return null;
        }

        // Most requests are queries without the word: they skip this extra parse (the document cache parses once more).
        if (!query.Contains("mutation", StringComparison.Ordinal) && !query.Contains("subscription", StringComparison.Ordinal))
        {
            return OperationType.Query;
        }

        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = request.OperationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return chosen?.Operation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }
}
