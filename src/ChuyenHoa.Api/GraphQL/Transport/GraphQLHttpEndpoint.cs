using System.Net;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Resilience;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>GraphQL over HTTP (POST and GET), following the GraphQL-over-HTTP specification's status codes and media types.</summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLExecution execution,
    IGraphQLTextSerializer serializer,
    ICallerAuthenticator authenticator,
    IOptions<GraphQLOptions> options)
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    private const string JsonMediaType = "application/json";

    public async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) && !HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, HttpStatusCode.MethodNotAllowed, JsonMediaType, "Chỉ nhận GET (truy vấn) hoặc POST.");
            return;
        }

        var mediaType = NegotiateMediaType(context.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, HttpStatusCode.NotAcceptable, JsonMediaType,
                $"Không trả được kiểu nội dung nào trong Accept; dùng {GraphQLResponseMediaType} hoặc {JsonMediaType}.");
            return;
        }

        var caller = await authenticator.AuthenticateAsync(context);
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(context, HttpStatusCode.Unauthorized, mediaType, "Cần đăng nhập: gửi kèm mã truy cập (Authorization: Bearer ...).");
            return;
        }

        var (request, problem, status) = HttpMethods.IsPost(context.Request.Method) ? await ReadPostAsync(context) : ReadGet(context);
        if (request is null)
        {
            await WriteErrorAsync(context, status, mediaType, problem!);
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId))
        {
            await WriteErrorAsync(context, HttpStatusCode.BadRequest, mediaType, "Thiếu truy vấn: gửi query (hoặc documentId của tài liệu đã đăng ký).");
            return;
        }

        // Classified by the document that will run, whether it came as text or as a persisted document's id.
        var prepared = execution.Prepare(request);
        // GET runs only what is known to be a query; a document that does not parse or is refused is answered as such below.
        if (HttpMethods.IsGet(context.Request.Method) && prepared.Document is not null && prepared.Operation is not OperationType.Query)
        {
            context.Response.Headers.Allow = "POST";
            await WriteErrorAsync(context, HttpStatusCode.MethodNotAllowed, mediaType, "GET chỉ dùng cho truy vấn đọc; gửi thao tác ghi bằng POST.");
            return;
        }

        var result = await execution.ExecuteAsync(request, prepared, caller, context, context.RequestAborted);
        if (result.Executed && result.Operation?.Operation == OperationType.Subscription)
        {
            await WriteErrorAsync(context, HttpStatusCode.BadRequest, mediaType, "Subscription chỉ chạy qua WebSocket (giao thức graphql-transport-ws).");
            return;
        }

        context.Response.StatusCode = (int)StatusFor(result, mediaType);
        if (!result.Executed && result.Errors?.FirstOrDefault(e => e.Code == ErrorCodes.RateLimited) is { } limited)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = limited.Data[RequestBudget.RetryAfterSeconds]?.ToString();
        }

        if (result.Data is null && result.Errors is { Count: > 0 } errors && UnavailableErrors.AllUnavailable(errors))
        {
            // Nothing was answered because of an outage, while executing or already while charging the caller's budget
            // (a grain call made during validation): say so at the HTTP level too, so that proxies and clients retry.
            context.Response.Headers.RetryAfter = "5";
            if (mediaType == GraphQLResponseMediaType)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }

        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await context.Response.WriteAsync(serializer.Serialize(result), context.RequestAborted);
    }

    /// <summary>Status of a response: 200 once executed; without data, 400 for a request that cannot be read, 422 for one that is invalid.</summary>
    private static HttpStatusCode StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || mediaType == JsonMediaType)
        {
            return HttpStatusCode.OK;
        }

        return result.Errors?.Any(e => e is SyntaxError || e.Code == "PERSISTED_DOCUMENT_NOT_FOUND") == true
            ? HttpStatusCode.BadRequest
            : result.Errors?.Any(e => e is ValidationError) == true ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.BadRequest;
    }

    private static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponseMediaType;
        }

        foreach (var value in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (value.MediaType.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase) || value.MediaType.Equals("*/*", StringComparison.Ordinal)
                || value.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseMediaType;
            }

            if (value.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return JsonMediaType;
            }
        }

        return null;
    }

    private async Task<(GraphQLRequest? Request, string? Problem, HttpStatusCode Status)> ReadPostAsync(HttpContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"Kiểu nội dung \"{context.Request.ContentType}\" không được hỗ trợ: gửi {JsonMediaType} (UTF-8).", HttpStatusCode.UnsupportedMediaType);
        }

        var limit = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return (null, $"Yêu cầu quá lớn (tối đa {limit / 1024 / 1024} MB).", HttpStatusCode.RequestEntityTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, $"Yêu cầu quá lớn (tối đa {limit / 1024 / 1024} MB).", HttpStatusCode.RequestEntityTooLarge);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (null, "Nội dung yêu cầu không phải UTF-8 hợp lệ.", HttpStatusCode.BadRequest);
        }

        try
        {
            return serializer.Deserialize<GraphQLRequest>(body) is { } request
                ? (request, null, HttpStatusCode.OK)
                : (null, "Nội dung yêu cầu trống.", HttpStatusCode.BadRequest);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"Nội dung yêu cầu không phải JSON hợp lệ: {e.Message}", HttpStatusCode.BadRequest);
        }
    }

    private (GraphQLRequest? Request, string? Problem, HttpStatusCode Status) ReadGet(HttpContext context)
    {
        var query = context.Request.Query;
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"],
                OperationName = query["operationName"],
                DocumentId = query["documentId"],
                Variables = query.TryGetValue("variables", out var variables) && !string.IsNullOrEmpty(variables) ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = query.TryGetValue("extensions", out var extensions) && !string.IsNullOrEmpty(extensions) ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null, HttpStatusCode.OK);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return (null, $"Tham số variables hoặc extensions không phải JSON hợp lệ: {e.Message}", HttpStatusCode.BadRequest);
        }
    }

    private async Task WriteErrorAsync(HttpContext context, HttpStatusCode status, string mediaType, string message)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await context.Response.WriteAsync(serializer.Serialize(new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] }), context.RequestAborted);
    }
}
