using System.Net.WebSockets;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// A host whose WebSockets must send connection_init within three seconds: short for the 4408 test, long enough that
/// the other tests' init (sent at once) is not late on a machine under load (one second was, now and then).
/// </summary>
public sealed class ShortInitTimeoutHost : ApiHostFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["ChuyenHoa:GraphQL:ConnectionInitTimeout"] = "00:00:03" };
}

[Collection(DevelopmentHostCollection.Name)]
public sealed class WebSocketProtocolTests(ShortInitTimeoutHost api) : IClassFixture<ShortInitTimeoutHost>
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

    private string Bearer(string? token = null) => $"Bearer {token ?? api.Token(Roles.ProvinceCommittee, "14")}";

    private async Task<GraphQLWebSocketClient> ReadyAsync(string? token = null)
    {
        var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = Bearer(token) } });
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync(Wait))!["type"]);
        return socket;
    }
}
