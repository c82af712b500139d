using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChuyenHoa.Api.GraphQL;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

[Collection(DevelopmentHostCollection.Name)]
public sealed class TransportTests(DevelopmentHostFixture api)
{
    private const string Query = """{ commune(code: "03718") { name } }""";

    [Fact]
    public async Task A_post_gets_200_as_graphql_response_json_by_default()
    {
        using var client = api.Province14();

        var response = await client.PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("Chiềng Khoang", (string?)response.EnsureData()["commune"]!["name"]);
    }

    [Fact]
    public async Task A_client_that_accepts_only_json_gets_json()
    {
        using var client = api.Province14();
        var request = Post(Query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, "application/json"), (response.Status, response.MediaType));
    }

    [Fact]
    public async Task A_client_that_accepts_nothing_we_produce_gets_406()
    {
        using var client = api.Province14();
        var request = Post(Query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, (await client.SendAsync(request)).Status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_content_gets_415()
    {
        using var client = api.Province14();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Query, Encoding.UTF8, "text/plain") };

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.SendAsync(request)).Status);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[1, 2")]
    [InlineData("{}")]
    [InlineData("{\"query\": \"\"}")]
    public async Task Malformed_json_or_a_missing_query_gets_400(string body)
    {
        using var client = api.Province14();

        var response = await client.SendAsync(Post(body, raw: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.NotEmpty(response.Errors!);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_get_400()
    {
        using var client = api.Province14();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).Status);
    }

    [Fact]
    public async Task A_syntax_error_gets_400_and_an_invalid_document_gets_422()
    {
        using var client = api.Province14();

        var syntax = await client.PostAsync("{ commune(code: ");
        var unknownField = await client.PostAsync("{ commune(code: \"03718\") { population } }");
        var wrongVariable = await client.PostAsync("query($code: String!) { commune(code: $code) { name } }", new { code = 42.5 });

        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownField.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongVariable.Status);
        Assert.All([syntax, unknownField, wrongVariable], r => Assert.Null(r.Data));
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations_with_405_and_allow_post()
    {
        using var client = api.Province14();

        var query = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(Query)}"));
        var mutation = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            $"/graphql?query={Uri.EscapeDataString("mutation { approveRemovalProposal(input: { proposalId: \"x\" }) { errors { code } } }")}"));
        var put = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });

        Assert.Equal("Chiềng Khoang", (string?)query.EnsureData()["commune"]!["name"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.Equal("POST", mutation.Headers["Allow"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.Status);
    }

    [Fact]
    public async Task Get_with_an_empty_operation_name_refuses_a_mutation_by_text_or_document_id_with_405_and_still_runs_a_query()
    {
        using var client = api.Province14();
        var mutation = Uri.EscapeDataString("mutation { withdrawRemovalProposal(input: { proposalId: \"x\" }) { errors { code } } }");
        var decide = Uri.EscapeDataString(ChuyenHoa.Api.GraphQL.Execution.DocumentPreparation.PersistedDocumentId("DecideRemovalProposal"));

        var byText = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={mutation}&operationName="));
        var byDocumentId = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={decide}&operationName="));
        var query = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(Query)}&operationName="));

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "POST"), (byText.Status, byText.Headers["Allow"]));
        Assert.Equal((HttpStatusCode.MethodNotAllowed, "POST"), (byDocumentId.Status, byDocumentId.Headers["Allow"]));
        Assert.Null(byText.Data);
        Assert.Equal("Chiềng Khoang", (string?)query.EnsureData()["commune"]!["name"]);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        using var client = api.Province14();
        var padding = new string(' ', 9 * 1024 * 1024);

        var response = await client.SendAsync(Post($"{{\"query\": \"{{ me {{ displayName }} }}\"{padding}}}", raw: true));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task Without_a_token_the_endpoint_answers_401()
    {
        using var client = api.Client(token: null);

        var response = await client.PostAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", response.Headers["WWW-Authenticate"]);
    }

    [Fact]
    public async Task Vietnamese_text_and_emoji_round_trip_exactly()
    {
        using var district = api.Client(api.Token(Roles.DistrictCommittee, "14", "127", "Ban Chỉ đạo 138 huyện Sốp Cộp"));
        const string note = "Bổ sung số liệu tháng 12 🚨 — Mường Lèo, Sốp Cộp";

        var response = await district.PostAsync("""
            mutation($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { report { changes { note } } errors { message } } }
            """, new { input = new { communeCode = "04240", period = "2023-12", values = new[] { new { indicator = "legal_education_sessions", value = 3 } }, note } });

        // Vietnamese goes out as UTF-8 text; characters outside the BMP may be escaped, which JSON parsers undo.
        Assert.Contains("Bổ sung số liệu tháng 12", response.Body);
        Assert.Equal(note, (string?)response.EnsureData()["submitIndicatorReport"]!["report"]!["changes"]![0]!["note"]);
    }

    [Fact]
    public async Task A_repeated_document_is_taken_from_the_cache_without_parsing_or_validating_again()
    {
        using var client = api.Province14();
        var query = $$"""{ commune(code: "03718") { code } } # {{Guid.NewGuid()}}""";
        using var metrics = new MetricCollector("chuyenhoa.graphql.document_cache.hits");

        await client.PostAsync(query);
        var afterFirst = metrics.Sum;
        await client.PostAsync(query);

        Assert.Equal(afterFirst + 1, metrics.Sum);
    }

    [Fact]
    public async Task A_persisted_document_runs_from_its_hash_alone_and_an_unknown_hash_gets_400()
    {
        using var client = api.Province14();
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "ChuyenHoa.Api", "GraphQL", "PersistedDocuments", "ProvinceOverview.graphql"));
        var body = (string id) => new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { documentId = id, variables = new { provinceCode = "14", year = 2023, period = "2023" } }), Encoding.UTF8, "application/json");

        var known = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = body($"sha256:{DocumentPreparation.Sha256(text)}") });
        var unknown = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = body($"sha256:{new string('0', 64)}") });

        Assert.Equal("314/QĐ-UBND", (string?)known.EnsureData()["province"]!["conversionPlan"]!["decisionNumber"]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
    }

    [Fact]
    public async Task The_served_schema_is_the_committed_schema_graphql()
    {
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };

        var served = await http.GetStringAsync("/graphql/schema.graphql");

        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "ChuyenHoa.Api", "GraphQL", "schema.graphql"));
        Assert.True(committed == served,
            "src/ChuyenHoa.Api/GraphQL/schema.graphql differs from the schema the app serves: review the change and copy GET /graphql/schema.graphql over the file.");
    }

    private static HttpRequestMessage Post(string queryOrBody, bool raw = false) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(raw ? queryOrBody : System.Text.Json.JsonSerializer.Serialize(new { query = queryOrBody }), Encoding.UTF8, "application/json"),
    };

    private static string RepositoryRoot() => ChuyenHoa.Host.Configuration.RepositoryPaths.FindRoot()!;
}
