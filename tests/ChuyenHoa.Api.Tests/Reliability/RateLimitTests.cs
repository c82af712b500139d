using System.Net;
using System.Net.Http.Json;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Errors;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

public sealed class RateLimitTests(RateLimitTests.SmallBudgetHost api) : IClassFixture<RateLimitTests.SmallBudgetHost>
{
    private const string Report = "mutation($v: Float!) { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-12\", values: [{ indicator: \"legal_education_sessions\", value: $v }], note: \"Sửa số buổi\" }) { errors { code } } }";

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

    [Fact]
    public async Task Aliased_mutations_and_those_in_fragments_cost_one_permit_each()
    {
        using var batcher = api.Client(api.Token(Roles.DistrictCommittee, "14", "118", "Người gửi gộp"));
        const string batch = """
            mutation($v: Float!) {
              a: submitIndicatorReport(input: { communeCode: "03718", period: "2023-10", values: [{ indicator: "legal_education_sessions", value: $v }] }) { errors { code } }
              b: submitIndicatorReport(input: { communeCode: "03718", period: "2023-11", values: [{ indicator: "legal_education_sessions", value: $v }] }) { errors { code } }
              ...Third
            }
            fragment Third on Mutation {
              c: submitIndicatorReport(input: { communeCode: "03718", period: "2023-09", values: [{ indicator: "legal_education_sessions", value: $v }] }) { errors { code } }
            }
            """;

        var three = await batcher.PostAsync(batch, new { v = 1 });
        var fourth = await batcher.PostAsync(Report, new { v = 2 });

        Assert.Equal(3, three.EnsureData().AsObject().Count);
        Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited), (fourth.Status, (string?)fourth.Errors![0]!["extensions"]!["code"]));
    }

    [Fact]
    public async Task A_persisted_mutation_is_classified_by_its_document_an_empty_query_beside_it_is_refused_and_get_cannot_run_it()
    {
        using var client = api.Client(api.Token(Roles.ProvinceCommittee, "14", name: "Người dùng mã tài liệu"));
        var decide = DocumentPreparation.PersistedDocumentId("DecideRemovalProposal");
        var variables = Uri.EscapeDataString("""{"input":{"proposalId":"none"}}""");

        var emptyQueryOverGet = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query=&documentId={Uri.EscapeDataString(decide)}&operationName=ApproveRemovalProposal&variables={variables}"));
        var emptyQueryOverPost = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "", documentId = decide, operationName = "ApproveRemovalProposal", variables = new { input = new { proposalId = "none" } } }),
        });
        var idOnlyOverGet = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={Uri.EscapeDataString(decide)}&operationName=ApproveRemovalProposal&variables={variables}"));
        var charged = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            charged.Add((await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { documentId = decide, operationName = "ApproveRemovalProposal", variables = new { input = new { proposalId = "none" } } }),
            })).Status);
        }

        Assert.Equal((HttpStatusCode.BadRequest, "BAD_REQUEST"), (emptyQueryOverGet.Status, (string?)emptyQueryOverGet.Errors![0]!["extensions"]!["code"]));
        Assert.Equal((HttpStatusCode.BadRequest, "BAD_REQUEST"), (emptyQueryOverPost.Status, (string?)emptyQueryOverPost.Errors![0]!["extensions"]!["code"]));
        Assert.Equal((HttpStatusCode.MethodNotAllowed, "POST"), (idOnlyOverGet.Status, idOnlyOverGet.Headers["Allow"]));
        // None of the refused requests ran, so none took a permit: three run, the fourth is over the limit.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], charged);
    }

    [Fact]
    public async Task A_caller_over_the_query_budget_gets_429_with_retry_after_on_graphql_and_exports_and_another_caller_goes_on()
    {
        const string table = "indicatorTable(unitCode: \"118\", level: \"COMMUNE\", periods: [\"2023\"]) { unitCode indicator value }";
        // 48 tables of complexity 61 each: 2,928 of the 3,000 budget, less than is left for a second request or an export.
        var tables = "{ " + string.Concat(Enumerable.Range(0, 48).Select(i => $"t{i}: {table} ")) + "}";
        using var reader = api.Client(api.Token(Roles.DistrictCommittee, "14", "118", "Người đọc nhiều"));

        var first = await reader.PostAsync(tables);
        var second = await reader.PostAsync(tables);
        var export = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{ChuyenHoa.Api.Features.Exports.ExportEndpoints.IndicatorTablePath}?unitCode=118&level=COMMUNE&periods=2023&format=csv"));
        using var colleague = api.Client(api.Token(Roles.DistrictCommittee, "14", "118", "Người đọc khác"));
        var colleagues = await colleague.PostAsync(tables);

        Assert.Equal(48, first.EnsureData().AsObject().Count);
        Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited), (second.Status, (string?)second.Errors![0]!["extensions"]!["code"]));
        Assert.InRange(int.Parse(second.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        Assert.StartsWith("Bạn đã truy vấn quá nhiều dữ liệu", (string?)second.Errors[0]!["message"]);
        // An export runs the same documents for the same caller, so it is held to the same budget.
        Assert.Equal(HttpStatusCode.TooManyRequests, export.Status);
        Assert.True(export.Headers.ContainsKey("Retry-After"));
        Assert.Equal(48, colleagues.EnsureData().AsObject().Count);
    }

    [Fact]
    public async Task Each_subscription_costs_at_least_the_subscription_cost_so_the_query_budget_bounds_them_across_sockets()
    {
        var token = api.Token(Roles.ProvinceCommittee, "14", name: "Người theo dõi nhiều");
        var wait = TimeSpan.FromSeconds(10);
        object Subscribe(string id) => new { id, type = "subscribe", payload = new { query = "subscription { removalProposalChanged(provinceCode: \"14\") { id } }" } };
        object Probe() => new { id = "probe", type = "subscribe", payload = new { query = "{ __typename }" } };
        await using var first = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await first.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (string?)(await first.ReceiveAsync(wait))?["type"]);
        await first.SendAsync(Subscribe("a1"));
        await first.SendAsync(Subscribe("a2"));
        // A socket handles its messages in order: once the probe answers, both subscriptions were charged (1,200 each of 3,000).
        await first.SendAsync(Probe());
        var firstProbe = await first.ReceiveAsync(wait);
        await using var second = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await second.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (string?)(await second.ReceiveAsync(wait))?["type"]);
        await second.SendAsync(Subscribe("b1"));
        await second.SendAsync(Probe());
        var third = await second.ReceiveAsync(wait);

        Assert.Equal(("next", "probe"), ((string?)firstProbe?["type"], (string?)firstProbe?["id"]));
        Assert.Equal(("error", "b1", ErrorCodes.RateLimited), ((string?)third?["type"], (string?)third?["id"], (string?)third?["payload"]?[0]?["extensions"]?["code"]));
    }

    public sealed class SmallBudgetHost : ApiHostFixture
    {
        protected override ReferenceData Data => ReferenceData.Plan;

        protected override Dictionary<string, string?> Settings => new()
        {
            ["ChuyenHoa:RateLimiting:MutationsPerWindow"] = "3",
            ["ChuyenHoa:RateLimiting:QueryCostPerWindow"] = "3000",
            ["ChuyenHoa:RateLimiting:Window"] = "00:10:00",
            ["ChuyenHoa:RateLimiting:SubscriptionCost"] = "1200",
        };
    }
}
