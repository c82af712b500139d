using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Transport;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// A host whose WebSockets must send connection_init within three seconds: short for the 4408 test, long enough that
/// the other tests' init (sent at once) is not late on a machine under load (one second was, now and then). A socket
/// holds three operations at most and gets one second to answer a close frame. Its tests read the units, never reports or proposals.
/// </summary>
public sealed class SmallSocketLimitsHost : ApiHostFixture
{
    protected override ReferenceData Data => ReferenceData.Tenants;

    protected override Dictionary<string, string?> Settings => new()
    {
        ["ChuyenHoa:GraphQL:ConnectionInitTimeout"] = "00:00:03",
        ["ChuyenHoa:GraphQL:MaxOperationsPerSocket"] = "3",
        ["ChuyenHoa:GraphQL:CloseGrace"] = "00:00:01",
    };
}

public sealed class WebSocketProtocolTests(SmallSocketLimitsHost api) : IClassFixture<SmallSocketLimitsHost>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_connection_without_init_is_closed_with_4408()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);

        Assert.Null(await socket.ReceiveAsync(Wait));
        Assert.Equal((WebSocketCloseStatus)4408, socket.CloseStatus);
    }

    [Fact]
    public async Task Subscribe_before_the_ack_is_closed_with_4401()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);

        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ me { displayName } }" } });

        Assert.Null(await socket.ReceiveAsync(Wait));
        Assert.Equal((WebSocketCloseStatus)4401, socket.CloseStatus);
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("")]
    public async Task An_init_without_a_valid_token_is_closed_with_4403_and_receives_nothing(string authorization)
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = authorization } });

        Assert.Null(await socket.ReceiveAsync(Wait));
        Assert.Equal((WebSocketCloseStatus)4403, socket.CloseStatus);
    }

    [Fact]
    public async Task A_second_init_is_closed_with_4429()
    {
        await using var socket = await ReadyAsync();

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = Bearer() } });

        Assert.Null(await socket.ReceiveAsync(Wait));
        Assert.Equal((WebSocketCloseStatus)4429, socket.CloseStatus);
    }

    [Fact]
    public async Task A_duplicate_subscription_id_is_closed_with_4409()
    {
        await using var socket = await ReadyAsync();
        var subscribe = new { id = "same", type = "subscribe", payload = new { query = "subscription { removalProposalChanged(provinceCode: \"14\") { id } }" } };

        await socket.SendAsync(subscribe);
        await socket.SendAsync(subscribe);

        Assert.Null(await socket.ReceiveAsync(Wait));
        Assert.Equal((WebSocketCloseStatus)4409, socket.CloseStatus);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\": \"launch\"}")]
    [InlineData("{\"type\": \"subscribe\"}")]
    public async Task An_invalid_message_is_closed_with_4400(string message)
    {
        await using var socket = await ReadyAsync();

        await socket.SendTextAsync(message);

        Assert.Null(await socket.ReceiveAsync(Wait));
        Assert.Equal((WebSocketCloseStatus)4400, socket.CloseStatus);
    }

    [Fact]
    public async Task Ping_gets_pong_and_a_query_gets_next_then_complete()
    {
        await using var socket = await ReadyAsync();

        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await socket.ReceiveAsync(Wait))!["type"]);

        await socket.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ commune(code: \"03718\") { name } }" } });
        var next = await socket.ReceiveAsync(Wait);
        var complete = await socket.ReceiveAsync(Wait);
        Assert.Equal(("next", "q"), ((string?)next!["type"], (string?)next["id"]));
        Assert.Equal("Chiềng Khoang", (string?)next["payload"]!["data"]!["commune"]!["name"]);
        Assert.Equal(("complete", "q"), ((string?)complete!["type"], (string?)complete["id"]));
    }

    [Fact]
    public async Task A_subscription_to_another_province_gets_an_error_and_no_events()
    {
        await using var socket = await ReadyAsync(api.Token(Roles.ProvinceCommittee, "12"));

        await socket.SendAsync(new { id = "x", type = "subscribe", payload = new { query = "subscription { removalProposalChanged(provinceCode: \"14\") { id } }" } });

        var message = await socket.ReceiveAsync(Wait);
        Assert.Equal(("error", "x"), ((string?)message!["type"], (string?)message["id"]));
        Assert.Contains("FORBIDDEN", message.ToJsonString());
    }

    [Fact]
    public async Task A_socket_is_closed_with_4403_when_its_token_expires_counting_the_bearer_clock_skew()
    {
        // A token that expired a little less than the clock skew ago: HTTP still accepts it, for a few more seconds.
        var skew = api.Host.App.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.ClockSkew;
        var lifetime = TimeSpan.FromMinutes(1);
        var token = new DevelopmentIssuer(api.DataPath).CreateToken(
            new DevelopmentTokenRequest(Roles.ProvinceCommittee, "14", null, "Người dùng sắp hết hạn", lifetime), DateTimeOffset.UtcNow - skew - lifetime + TimeSpan.FromSeconds(5));
        await using var socket = await ReadyAsync(token);

        await socket.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ me { displayName } }" } });
        Assert.Equal("next", (string?)(await socket.ReceiveAsync(Wait))!["type"]);
        Assert.Equal("complete", (string?)(await socket.ReceiveAsync(Wait))!["type"]);

        Assert.Null(await socket.ReceiveAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal((WebSocketCloseStatus)4403, socket.CloseStatus);
    }

    [Fact]
    public async Task A_persisted_document_sent_beside_the_empty_query_graphql_ws_requires_runs()
    {
        await using var socket = await ReadyAsync();

        await socket.SendAsync(new { id = "v", type = "subscribe", payload = new { query = "", documentId = DocumentPreparation.PersistedDocumentId("Viewer") } });
        var next = await socket.ReceiveAsync(Wait);

        Assert.Equal(("next", "14"), ((string?)next!["type"], (string?)next["payload"]!["data"]!["me"]!["provinceCode"]));
    }

    [Fact]
    public async Task A_socket_holds_at_most_the_configured_operations_and_refuses_one_more_with_an_error()
    {
        await using var socket = await ReadyAsync();
        const string changes = "subscription { removalProposalChanged(provinceCode: \"14\") { id } }";
        foreach (var id in new[] { "1", "2", "3" })
        {
            await socket.SendAsync(new { id, type = "subscribe", payload = new { query = changes } });
        }

        await socket.SendAsync(new { id = "4", type = "subscribe", payload = new { query = changes } });
        var refused = await socket.ReceiveAsync(Wait);
        await socket.SendAsync(new { id = "1", type = "complete" });
        await socket.SendAsync(new { id = "5", type = "subscribe", payload = new { query = changes } });
        await socket.SendAsync(new { type = "ping" });
        var afterComplete = await socket.ReceiveAsync(Wait);

        Assert.Equal(("error", "4", GraphQLWebSocketSession.TooManyOperations), ((string?)refused!["type"], (string?)refused["id"], (string?)refused["payload"]![0]!["extensions"]!["code"]));
        Assert.Contains("MaxOperationsPerSocket", (string?)refused["payload"]![0]!["message"], StringComparison.Ordinal);
        // Messages are handled in order: had the fifth been refused, its error would come before the pong.
        Assert.Equal("pong", (string?)afterComplete!["type"]);
    }

    [Fact]
    public async Task A_client_that_ignores_the_close_frame_is_disconnected_after_the_grace()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(api.Host.BaseAddress.Host, api.Host.BaseAddress.Port);
        var stream = tcp.GetStream();
        var key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"GET /graphql HTTP/1.1\r\nHost: {api.Host.BaseAddress.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[4096];

        // Read everything the server sends (the 101, then the 4408 close frame after the init timeout), never answering,
        // until the server drops the connection.
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset is a drop too.
        }

        var bytes = received.ToArray();
        Assert.StartsWith("HTTP/1.1 101", Encoding.ASCII.GetString(bytes));
        // The close frame: opcode 8, then the status code 4408 big-endian.
        var frame = bytes.AsSpan(Encoding.ASCII.GetString(bytes).IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4);
        Assert.Equal((0x88, 4408), (frame[0], (frame[2] << 8) | frame[3]));
    }

    private string Bearer(string? token = null) => $"Bearer {token ?? api.Token(Roles.ProvinceCommittee, "14")}";

    private async Task<GraphQLWebSocketClient> ReadyAsync(string? token = null)
    {
        var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = Bearer(token) } });
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync(Wait))!["type"]);
        return socket;
    }
}
