using System.Net;
using System.Net.Http.Json;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Errors;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>Documents that cannot be a sane request are refused before validation (400, DOCUMENT_TOO_LARGE), over HTTP and WebSocket alike.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class DocumentLimitsTests(DevelopmentHostFixture api)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sixteen_thousand_aliased_fields_are_refused_by_the_token_limit_before_parsing()
    {
        using var client = api.Province14();
        var document = "{ " + string.Concat(Enumerable.Range(0, 16_000).Select(i => $"a{i}: __typename ")) + "}";

        var response = await client.PostAsync(document);

        AssertTooLarge(response, "MaxTokens");
    }

    [Fact]
    public async Task A_document_with_more_fields_than_the_limit_is_refused()
    {
        using var client = api.Province14();

        var response = await client.PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 2_001)) + "}");

        AssertTooLarge(response, "MaxFields");
    }

    [Fact]
    public async Task Nested_fragments_that_expand_to_a_billion_fields_are_refused_by_the_field_limit()
    {
        using var client = api.Province14();
        // Thirty fragments, each spreading the previous one twice: a few hundred tokens, 2^30 fields once expanded.
        var fragments = string.Concat(Enumerable.Range(1, 30).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));

        var response = await client.PostAsync("{ ...F30 } fragment F0 on Query { __typename } " + fragments);

        AssertTooLarge(response, "MaxFields");
    }

    [Fact]
    public async Task Fields_and_aliases_written_in_an_unused_fragment_count_toward_the_limits()
    {
        using var client = api.Province14();

        var fields = await client.PostAsync("query { __typename } fragment F on Query { " + string.Concat(Enumerable.Repeat("me { userId } ", 1_001)) + "}");
        var aliases = await client.PostAsync("query { __typename } fragment F on Query { " + string.Concat(Enumerable.Range(0, 301).Select(i => $"a{i}: __typename ")) + "}");

        AssertTooLarge(fields, "MaxFields");
        AssertTooLarge(aliases, "MaxAliases");
    }

    [Fact]
    public async Task A_document_with_more_aliases_than_the_limit_is_refused()
    {
        using var client = api.Province14();

        var response = await client.PostAsync("{ " + string.Concat(Enumerable.Range(0, 301).Select(i => $"a{i}: __typename ")) + "}");

        AssertTooLarge(response, "MaxAliases");
    }

    [Fact]
    public async Task A_document_with_more_fragments_than_the_limit_is_refused()
    {
        using var client = api.Province14();
        var fragments = Enumerable.Range(0, 51).ToList();

        var response = await client.PostAsync(
            "{ " + string.Concat(fragments.Select(i => $"...F{i} ")) + "} " + string.Concat(fragments.Select(i => $"fragment F{i} on Query {{ __typename }} ")));

        AssertTooLarge(response, "MaxFragments");
    }

    [Fact]
    public async Task Repeated_introspection_costs_the_schema_each_time_and_is_refused_as_too_complex()
    {
        using var client = api.Province14();
        var once = await client.PostAsync("{ __schema { types { name fields { name } } } }");

        var repeated = await client.PostAsync("{ " + string.Concat(Enumerable.Range(0, 250).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")) + "}");

        Assert.NotEmpty(once.EnsureData()["__schema"]!["types"]!.AsArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, repeated.Status);
        Assert.Null(repeated.Data);
        Assert.Contains("complex", (string?)repeated.Errors![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_with_both_a_query_and_a_document_id_is_refused_with_400()
    {
        using var client = api.Province14();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "", documentId = DocumentPreparation.PersistedDocumentId("Viewer") }),
        });

        Assert.Equal((HttpStatusCode.BadRequest, "BAD_REQUEST"), (response.Status, (string?)response.Errors![0]!["extensions"]!["code"]));
        Assert.Contains("documentId", (string?)response.Errors[0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_websocket_each_message_is_held_to_the_same_limits_and_the_socket_goes_on()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(ChuyenHoa.Security.Roles.ProvinceCommittee, "14")}" } });
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync(Wait))!["type"]);

        await socket.SendAsync(new { id = "bomb", type = "subscribe", payload = new { query = "{ " + string.Concat(Enumerable.Range(0, 301).Select(i => $"a{i}: __typename ")) + "}" } });
        var refused = await socket.ReceiveAsync(Wait);
        await socket.SendAsync(new { id = "fine", type = "subscribe", payload = new { query = "{ __typename }" } });
        var answered = await socket.ReceiveAsync(Wait);

        Assert.Equal(("error", "bomb", ErrorCodes.DocumentTooLarge), ((string?)refused!["type"], (string?)refused["id"], (string?)refused["payload"]![0]!["extensions"]!["code"]));
        Assert.Contains("MaxAliases", (string?)refused["payload"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(("next", "fine"), ((string?)answered!["type"], (string?)answered["id"]));
    }

    private static void AssertTooLarge(GraphQLResponse response, string limit)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        var error = Assert.Single(response.Errors!);
        Assert.Equal(ErrorCodes.DocumentTooLarge, (string?)error!["extensions"]!["code"]);
        Assert.Contains($"ChuyenHoa:GraphQL:{limit}", (string?)error["message"], StringComparison.Ordinal);
    }
}
