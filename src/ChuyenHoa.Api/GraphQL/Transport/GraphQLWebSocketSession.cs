using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Security;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Api.GraphQL.Transport;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws: connection_init (with the bearer token) within the
/// timeout, then subscribe / next / error / complete, ping / pong, and the protocol's close codes. The socket lives
/// no longer than its token (then 4403), holds at most <see cref="GraphQLOptions.MaxOperationsPerSocket"/> operations,
/// and is dropped when the client does not answer a close frame within <see cref="GraphQLOptions.CloseGrace"/>.
/// </summary>
public sealed class GraphQLWebSocketSession(
    WebSocket socket,
    HttpContext context,
    GraphQLExecution execution,
    IGraphQLTextSerializer serializer,
    ICallerAuthenticator authenticator,
    GraphQLOptions options,
    TimeProvider clock,
    ILogger logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>Code of the error refusing an operation past <see cref="GraphQLOptions.MaxOperationsPerSocket"/>.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    private const int MaxMessageBytes = 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, IDisposable> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private AuthenticatedCaller? _caller;
    private bool _initReceived;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var initTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var initTimer = Task.Delay(options.ConnectionInitTimeout, initTimeout.Token).ContinueWith(async t =>
        {
            if (!t.IsCanceled && !_initReceived)
            {
                await CloseAsync(4408, "Connection initialisation timeout");
            }
        }, TaskScheduler.Default).Unwrap();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var text = await ReceiveAsync(cancellationToken);
                if (text is null)
                {
                    break;
                }

                await HandleAsync(text, initTimeout, cancellationToken);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            logger.LogDebug(e, "GraphQL WebSocket ended");
        }

        finally
        {
            await _lifetime.CancelAsync();
            await initTimeout.CancelAsync();
            await initTimer;
            foreach (var operation in _operations.Values)
            {
                operation.Dispose();
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "Bye");
            }
        }
    }

    private async Task HandleAsync(string text, CancellationTokenSource initTimeout, CancellationToken cancellationToken)
    {
        OperationMessage? message;
        try
        {
            message = serializer.Deserialize<OperationMessage>(text);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            message = null;
        }

        switch (message?.Type)
        {
            case "connection_init":
                if (_initReceived)
                {
                    await CloseAsync(4429, "Too many initialisation requests");
                    return;
                }

                _initReceived = true;
                await initTimeout.CancelAsync();
                _caller = await AuthenticateAsync(message.Payload);
                if (_caller is null)
                {
                    await CloseAsync(4403, "Forbidden");
                    return;
                }

                if (_caller.ValidUntil is { } validUntil)
                {
                    _ = CloseWhenExpiredAsync(validUntil);
                }

                await SendAsync(new OperationMessage { Type = "connection_ack" });
                return;
            case "ping":
                await SendAsync(new OperationMessage { Type = "pong", Payload = message.Payload });
                return;
            case "pong":
                return;
            case "subscribe" when message.Id is { Length: > 0 } id:
                if (_caller is null)
                {
                    await CloseAsync(4401, "Unauthorized");
                    return;
                }

                if (_caller.ValidUntil <= clock.GetUtcNow())
                {
                    await CloseAsync(4403, "Forbidden");
                    return;
                }

                if (_operations.ContainsKey(id))
                {
                    await CloseAsync(4409, $"Subscriber for {id} already exists");
                    return;
                }

                // An error for this operation only, as for any operation that cannot start: the others go on.
                if (_operations.Count >= options.MaxOperationsPerSocket)
                {
                    await SendAsync(new OperationMessage
                    {
                        Id = id,
                        Type = "error",
                        Payload = new[]
                        {
                            new ExecutionError($"Kết nối này đã có {options.MaxOperationsPerSocket} thao tác đang chạy, tối đa cho một kết nối ({GraphQLOptions.Section}:{nameof(GraphQLOptions.MaxOperationsPerSocket)}); hãy kết thúc (complete) một thao tác trước khi mở thêm.")
                            {
                                Code = TooManyOperations,
                            },
                        },
                    });
                    return;
                }

                _operations[id] = Placeholder.Instance;

                GraphQLRequest? request;
                try
                {
                    request = serializer.ReadNode<GraphQLRequest>(message.Payload);
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
                {
                    request = null;
                }

                if (request is null)
                {
                    await CloseAsync(4400, "Invalid subscribe payload");
                    return;
                }

                // graphql-ws clients must send a query string: beside a persisted document's id it is empty, and means none.
                if (request is { Query: "", DocumentId: not null })
                {
                    request.Query = null;
                }

                await SubscribeAsync(id, request, cancellationToken);
                return;
            case "complete" when message.Id is { Length: > 0 } id:
                if (_operations.TryRemove(id, out var operation))
                {
                    operation.Dispose();
                }

                return;
            default:
                await CloseAsync(4400, "Invalid message");
                return;
        }
    }

    private async Task<AuthenticatedCaller?> AuthenticateAsync(object? payload)
    {
        var fromPayload = payload is null ? null : serializer.ReadNode<Dictionary<string, JsonElement>>(payload);
        var header = fromPayload?.FirstOrDefault(p => p.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : context.Request.Headers.Authorization.ToString();
        return string.IsNullOrEmpty(header) ? null : await authenticator.AuthenticateTokenAsync(context, header);
    }

    private async Task CloseWhenExpiredAsync(DateTimeOffset validUntil)
    {
        try
        {
            await Task.Delay(validUntil - clock.GetUtcNow() is { Ticks: > 0 } due ? due : TimeSpan.Zero, clock, _lifetime.Token);
            logger.LogInformation("GraphQL WebSocket closed: its token expired at {ValidUntil} (clock skew included)", validUntil);
            await CloseAsync(4403, "Forbidden");
        }
        catch (OperationCanceledException)
        {
            // The socket ended first.
        }
    }

    private async Task SubscribeAsync(string id, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var result = await execution.ExecuteAsync(request, _caller!.Caller, context, cancellationToken);
        if (!result.Executed || result.Streams is not { Count: > 0 } streams)
        {
            if (result.Executed && result.Errors is null or { Count: 0 } || result.Data is not null)
            {
                await SendAsync(new OperationMessage { Id = id, Type = "next", Payload = result });
                await CompleteAsync(id);
            }
            else
            {
                _operations.TryRemove(id, out _);
                await SendAsync(new OperationMessage { Id = id, Type = "error", Payload = result.Errors });
            }

            return;
        }

        var (field, stream) = streams.First();
        var subscription = stream.Subscribe(new StreamObserver(this, id));
        if (!_operations.TryUpdate(id, subscription, Placeholder.Instance))
        {
            subscription.Dispose();
        }

        logger.LogDebug("Subscription {Id} to {Field} started", id, field);
    }

    private async Task CompleteAsync(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Dispose();
            await SendAsync(new OperationMessage { Id = id, Type = "complete" });
        }
    }

    private async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > MaxMessageBytes)
            {
                await CloseAsync(4400, "Message too large");
                return null;
            }

            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private async Task SendAsync(OperationMessage message)
    {
        var bytes = Encoding.UTF8.GetBytes(serializer.Serialize(message));
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
                _ = AbortAfterGraceAsync(code);
            }
        }
        catch (WebSocketException e)
        {
            logger.LogDebug(e, "Closing the GraphQL WebSocket failed");
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops a connection whose client has not answered the close frame in time, so that it holds nothing more.</summary>
    private async Task AbortAfterGraceAsync(int code)
    {
        try
        {
            await Task.Delay(options.CloseGrace, clock, _lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (socket.State != WebSocketState.Closed)
        {
            logger.LogInformation("GraphQL WebSocket aborted: the client did not answer close {Code} within {Grace}", code, options.CloseGrace);
            socket.Abort();
        }
    }

    /// <summary>Marks an id as taken while its subscription is being set up.</summary>
    private sealed class Placeholder : IDisposable
    {
        public static readonly Placeholder Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class StreamObserver(GraphQLWebSocketSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => _ = session.SendAsync(new OperationMessage { Id = id, Type = "next", Payload = value });

        public void OnError(Exception error) => _ = session.SendAsync(new OperationMessage { Id = id, Type = "error", Payload = new[] { new ExecutionError(error.Message) } });

        public void OnCompleted() => _ = session.CompleteAsync(id);
    }
}
