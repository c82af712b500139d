using System.Net;
using System.Net.Http.Json;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Errors;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

[Collection(DevelopmentHostCollection.Name)]
public sealed class RateLimitTests(RateLimitTests.ThreeMutationsHost api) : IClassFixture<RateLimitTests.ThreeMutationsHost>
{
    private const string Report = "mutation($v: Float!) { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-12\", values: [{ indicator: \"legal_education_sessions\", value: $v }] }) { errors { code } } }";

    [Fact]
    public async Task A_caller_over_the_mutation_limit_gets_429_with_retry_after_over_http_and_an_error_over_websocket_the_refused_mutations_change_nothing_and_others_go_on()
    {
        using var busy = api.Client(api.Token(Roles.DistrictCommittee, "14", "118", "Người gửi nhiều"));
        for (var value = 1; value <= 3; value++)
        {
            Assert.Empty((await busy.PostAsync(Report, new { v = value })).EnsureData()["submitIndicatorReport"]!["errors"]!.AsArray());
        }

        var refused = await busy.PostAsync(Report, new { v = 4 });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.InRange(int.Parse(refused.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        Assert.Equal(ErrorCodes.RateLimited, (string?)refused.Errors![0]!["extensions"]!["code"]);
        Assert.StartsWith("Bạn đã gửi quá nhiều thao tác ghi", (string?)refused.Errors![0]!["message"]);
        // A mutation sent as a persisted document id counts as a mutation too.
        var byDocumentId = await busy.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                documentId = DocumentPreparation.PersistedDocumentId("DecideRemovalProposal"),
                operationName = "ApproveRemovalProposal",
                variables = new { input = new { proposalId = "none" } },
            }),
        });
        Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited), (byDocumentId.Status, (string?)byDocumentId.Errors![0]!["extensions"]!["code"]));
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(Roles.DistrictCommittee, "14", "118", "Người gửi nhiều")}" } });
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync(TimeSpan.FromSeconds(10)))?["type"]);
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = Report, variables = new { v = 6 } } });
        var overSocket = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("error", ErrorCodes.RateLimited), ((string?)overSocket?["type"], (string?)overSocket?["payload"]?[0]?["extensions"]?["code"]));
        var stored = await busy.PostAsync("""{ commune(code: "03718") { indicators(period: "2023-12", indicators: ["legal_education_sessions"]) { value } } }""");
        Assert.Equal(3, (double)stored.EnsureData()["commune"]!["indicators"]![0]!["value"]!);
        using var colleague = api.Client(api.Token(Roles.DistrictCommittee, "14", "118", "Đồng nghiệp"));
        Assert.Empty((await colleague.PostAsync(Report, new { v = 5 })).EnsureData()["submitIndicatorReport"]!["errors"]!.AsArray());
    }

    public sealed class ThreeMutationsHost : ApiHostFixture
    {
        protected override bool WithProposal => false;

        protected override Dictionary<string, string?> Settings => new()
        {
            ["ChuyenHoa:RateLimiting:MutationsPerWindow"] = "3",
            ["ChuyenHoa:RateLimiting:Window"] = "00:10:00",
        };
    }
}
