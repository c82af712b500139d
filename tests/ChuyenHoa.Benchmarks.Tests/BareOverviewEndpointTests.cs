using System.Net;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BareOverviewEndpointTests(AzuriteFixture storage) : IDisposable
{
    private const string Query = $"{BareOverviewEndpoint.Path}?provinceCode=14&year=2023&period=2023&indicators=criminal_cases,security_cameras";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("chuyenhoa-bare-").FullName;

    [Fact]
    public async Task The_product_host_does_not_serve_the_bare_endpoint()
    {
        await using var host = await SiloHost.StartAsync(storage.ConnectionString, SiloHost.NewClusterId(), Settings());
        using var client = new GraphQLClient(host.BaseAddress, Token());

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, Query));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task Added_by_the_benchmarks_it_answers_the_province_overview_with_the_same_data_as_graphql_and_only_to_a_signed_in_caller()
    {
        await using var host = await SiloHost.StartAsync(storage.ConnectionString, SiloHost.NewClusterId(), Settings(), extension: new BareOverviewEndpoint());
        await host.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await ReferenceCaseLoader.LoadAsync(host.Grains);
        using var client = new GraphQLClient(host.BaseAddress, Token());
        using var anonymous = new GraphQLClient(host.BaseAddress, token: null);
        var document = await File.ReadAllTextAsync(Path.Combine(
            Host.Configuration.RepositoryPaths.FindRoot()!, "src", "ChuyenHoa.Api", "GraphQL", "PersistedDocuments", "ProvinceOverview.graphql"));

        var bare = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, Query));
        var graphql = await client.PostAsync(document, new { provinceCode = "14", year = 2023, period = "2023", communeIndicators = new[] { "criminal_cases", "security_cameras" } });

        Assert.Equal(HttpStatusCode.OK, bare.Status);
        Assert.NotEmpty(bare.Json["province"]!["conversionPlan"]!["designations"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(graphql.EnsureData()["province"], bare.Json["province"]), $"GraphQL: {graphql.Data}\nbare: {bare.Body}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, Query))).Status);
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    private Dictionary<string, string?> Settings() => new() { ["ChuyenHoa:DataPath"] = _dataPath };

    private string Token() => new DevelopmentIssuer(_dataPath).CreateToken(
        new DevelopmentTokenRequest(Roles.ProvinceCommittee, "14", null, "Văn phòng Ban Chỉ đạo 138 tỉnh Sơn La", TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);
}
