using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChuyenHoa.Testing;

/// <summary>A graphql-transport-ws client over a real WebSocket, for subscription tests.</summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    // One per client, not one per message: a benchmark holds a thousand clients, and their garbage would be measured too.
    private readonly byte[] _buffer = new byte[64 * 1024];

    private GraphQLWebSocketClient()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri baseAddress)
    {
        var client = new GraphQLWebSocketClient();
        var uri = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(_buffer, cancel.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(_buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The server went first; a failing test must report its own failure, not this one.
            }
        }

        _socket.Dispose();
    }
}
