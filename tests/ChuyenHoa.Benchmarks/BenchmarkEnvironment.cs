using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks;

/// <summary>
/// What every scenario runs against: a real Azurite in memory, one host of the platform (silo + API on Kestrel)
/// in this process on loopback, the dataset, and signed tokens of the development issuer for its committees.
/// </summary>
public sealed class BenchmarkEnvironment : IAsyncDisposable
{
    public const string ProvinceTotalsQuery = "query Totals($code: String!, $period: String!) { province(code: $code) { indicators(period: $period) { indicator value } } }";

    public const string SubmitReportMutation = "mutation Submit($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { errors { code message } } }";

    private readonly ConcurrentDictionary<string, string> _tokens = new();

    private BenchmarkEnvironment(AzuriteFixture storage, NationalDataset dataset, string dataPath)
    {
        Storage = storage;
        Dataset = dataset;
        DataPath = dataPath;
        Issuer = new DevelopmentIssuer(dataPath);
    }

    public AzuriteFixture Storage { get; }

    public NationalDataset Dataset { get; }

    public string DataPath { get; }

    /// <summary>Grain state is keyed by the ServiceId: a host started later on it sees everything loaded.</summary>
    public string ServiceId { get; } = SiloHost.NewClusterId();

    public DevelopmentIssuer Issuer { get; }

    public SiloHost Silo => _silo ?? throw new InvalidOperationException("The in-process host has been stopped.");

    /// <summary>Over loopback, as any client; each request carries its own token.</summary>
    public GraphQLClient Http => _http ?? throw new InvalidOperationException("The in-process host has been stopped.");

    public Dictionary<string, Guid> Proposals { get; } = [];

    private SiloHost? _silo;
    private GraphQLClient? _http;

    public static async Task<BenchmarkEnvironment> StartAsync(NationalDataset dataset)
    {
        var storage = new AzuriteFixture();
        await storage.InitializeAsync();
        var environment = new BenchmarkEnvironment(storage, dataset, Directory.CreateTempSubdirectory("chuyenhoa-bench-").FullName);
        try
        {
            environment._silo = await SiloHost.StartAsync(storage.ConnectionString, environment.ServiceId, environment.HostSettings(), extension: new BareOverviewEndpoint());
        }
        catch
        {
            // Azurite is already running: stop it rather than leave it behind.
            await environment.DisposeAsync();
            throw;
        }

        environment._http = new GraphQLClient(environment.Silo.BaseAddress, token: null);
        return environment;
    }

    /// <summary>The tenancy of every province of the dataset (all through the development issuer).</summary>
    public Dictionary<string, string?> HostSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChuyenHoa:DataPath"] = DataPath,
            // One token sends every request of a scenario: its query budget would measure the limit, not the platform
            // (the budget is still charged, so its grain call is in the figures).
            ["ChuyenHoa:RateLimiting:QueryCostPerWindow"] = "1000000000000",
        };
        for (var i = 0; i < Dataset.Provinces.Count; i++)
        {
            settings[$"ChuyenHoa:Tenants:{i}:ProvinceCode"] = Dataset.Provinces[i].Code;
            settings[$"ChuyenHoa:Tenants:{i}:TenantIds:0"] = DevelopmentIssuer.TenantId;
        }

        return settings;
    }

    public string ProvinceToken(string provinceCode) =>
        _tokens.GetOrAdd($"p{provinceCode}", _ => Token(new DevelopmentTokenRequest(Roles.ProvinceCommittee, provinceCode, null, $"Văn phòng Ban Chỉ đạo 138 tỉnh {provinceCode}", TimeSpan.FromHours(4))));

    public string DistrictToken(string provinceCode, string districtCode) =>
        _tokens.GetOrAdd($"d{districtCode}", _ => Token(new DevelopmentTokenRequest(Roles.DistrictCommittee, provinceCode, districtCode, $"Ban Chỉ đạo 138 huyện {districtCode}", TimeSpan.FromHours(4))));

    public static HttpRequestMessage GraphQLRequest(string token, object body) =>
        Authorized(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") }, token);

    public static HttpRequestMessage Authorized(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>The province's totals of a period, by indicator, through GraphQL.</summary>
    public async Task<Dictionary<string, long?>> ProvinceTotalsAsync(string provinceCode, string period)
    {
        var data = (await Http.SendAsync(GraphQLRequest(ProvinceToken(provinceCode), new { query = ProvinceTotalsQuery, variables = new { code = provinceCode, period } }))).EnsureData();
        return data["province"]!["indicators"]!.AsArray().ToDictionary(v => v!["indicator"]!.GetValue<string>(), v => v!["value"] is { } value ? (long?)value.GetValue<double>() : null);
    }

    /// <summary>
    /// Sends a commune's report through the GraphQL mutation as its district committee; an error of any kind throws. A
    /// correction of reported figures needs its <paramref name="note"/>.
    /// </summary>
    public async Task SubmitReportAsync(CommuneData commune, string period, IEnumerable<IndicatorInput> values, string? note = null)
    {
        var input = new { communeCode = commune.Code, period, values = values.Select(v => new { indicator = v.Indicator, value = v.Value }), note };
        var data = (await Http.SendAsync(GraphQLRequest(DistrictToken(commune.ProvinceCode, commune.DistrictCode), new { query = SubmitReportMutation, variables = new { input } }))).EnsureData();
        if (data["submitIndicatorReport"]!["errors"]!.AsArray().Count > 0)
        {
            throw new InvalidOperationException($"Báo cáo của xã {commune.Code} bị từ chối: {data.ToJsonString()}");
        }
    }

    /// <summary>Stops the in-process host (the cold-start scenario starts its own); storage keeps running.</summary>
    public async Task StopSiloAsync()
    {
        _http?.Dispose();
        _http = null;
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
            _silo = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopSiloAsync();
        await Storage.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }

    private string Token(DevelopmentTokenRequest request) => Issuer.CreateToken(request, DateTimeOffset.UtcNow);

    public static string Invariant(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);
}
