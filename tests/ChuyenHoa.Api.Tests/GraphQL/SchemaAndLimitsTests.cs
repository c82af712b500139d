using System.Net;
using System.Text.Json.Nodes;
using ChuyenHoa.Indicators;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

[Collection(DevelopmentHostCollection.Name)]
public sealed class SchemaAndLimitsTests(DevelopmentHostFixture api)
{
    [Fact]
    public async Task Indicator_tables_under_the_cell_limit_each_are_refused_once_their_aliases_together_pass_it()
    {
        using var client = api.Province14();
        // Months × every standard indicator: about 15,000 cells, under the 20,000 one table may read; two of them are over it.
        var months = 15_000 / IndicatorCatalog.Standard.Definitions.Count;
        var periods = Enumerable.Range(0, months).Select(m => $"{2001 + (m / 12)}-{(m % 12) + 1:00}").ToArray();
        const string table = "indicatorTable(unitCode: \"03718\", periods: $periods) { indicator }";

        var one = await client.PostAsync($"query($periods: [String!]!) {{ a: {table} }}", new { periods });
        var two = await client.PostAsync($"query($periods: [String!]!) {{ a: {table} b: {table} }}", new { periods });

        Assert.NotNull(one.EnsureData()["a"]);
        var refused = Assert.Single(two.Errors!);
        Assert.Equal("VALIDATION_FAILED", (string?)refused!["extensions"]!["code"]);
        Assert.StartsWith("Yêu cầu này đọc quá nhiều ô số liệu", (string?)refused["message"], StringComparison.Ordinal);
        Assert.Contains((string?)refused["path"]![0], new[] { "a", "b" });
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        using var client = api.Province14();

        var schema = (await client.PostAsync("""
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }
            """)).EnsureData()["__schema"]!["types"]!.AsArray();

        var missing = new List<string>();
        foreach (var type in schema.Where(t => !((string)t!["name"]!).StartsWith("__", StringComparison.Ordinal) && (string)t!["kind"]! != "SCALAR"))
        {
            var name = (string)type!["name"]!;
            Check(type, name);
            foreach (var field in (type["fields"] as JsonArray ?? []).Concat(type["inputFields"] as JsonArray ?? []).Concat(type["enumValues"] as JsonArray ?? []))
            {
                Check(field!, $"{name}.{field!["name"]}");
                foreach (var argument in field["args"] as JsonArray ?? [])
                {
                    Check(argument!, $"{name}.{field["name"]}({argument!["name"]})");
                }
            }
        }

        Assert.True(missing.Count == 0, "No description: " + string.Join(", ", missing));

        void Check(JsonNode node, string what)
        {
            if (string.IsNullOrWhiteSpace((string?)node["description"]))
            {
                missing.Add(what);
            }
        }
    }

    [Fact]
    public async Task A_too_deep_query_is_refused_before_it_runs()
    {
        using var client = api.Province14();
        using var batches = new MetricCollector("chuyenhoa.graphql.batch.size");
        var deep = "{ commune(code: \"03718\") { " + string.Concat(Enumerable.Repeat("district { province { districts { communes { ", 5)) + "code" + new string('}', 20) + " } }";

        var response = await client.PostAsync(deep);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Null(response.Data);
        Assert.Equal(0, batches.Sum);
    }

    [Fact]
    public async Task A_too_complex_query_is_refused_before_it_runs()
    {
        using var client = api.Province14();
        using var batches = new MetricCollector("chuyenhoa.graphql.batch.size");
        var aliases = string.Concat(Enumerable.Range(0, 60).Select(i => $"p{i}: province(code: \"14\") {{ districts {{ communes {{ indicators(period: \"2023\") {{ value }} }} }} }} "));

        var response = await client.PostAsync("{ " + aliases + "}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Null(response.Data);
        Assert.Equal(0, batches.Sum);
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused_with_a_clear_error()
    {
        using var client = api.Province14();

        var response = await client.PostAsync("""{ removalProposals(provinceCode: "14", first: 500) { totalCount } }""");

        var error = Assert.Single(response.Errors!);
        Assert.Equal("VALIDATION_FAILED", (string?)error!["extensions"]!["code"]);
        Assert.Contains("100", (string?)error["message"]);
    }

    [Fact]
    public async Task Listing_every_commune_of_son_la_with_indicators_fetches_them_in_one_batch()
    {
        using var client = api.Province14();
        using var batches = new MetricCollector("chuyenhoa.graphql.batch.size");

        var data = (await client.PostAsync("""
            { province(code: "14") { districts { communes { code indicators(period: "2023", indicators: ["criminal_cases"]) { value } } } } }
            """)).EnsureData();

        var communes = data["province"]!["districts"]!.AsArray().SelectMany(d => d!["communes"]!.AsArray()).Count();
        Assert.Equal(200, communes);
        // One batch of all the communes' indicator grains (not one call after another), and one unit batch per level.
        Assert.Equal([(double)communes], batches.Values("loader", "indicators"));
        Assert.Equal([1d, 12d, communes], batches.Values("loader", "units"));
    }
}
