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

    public string PoliceToken(string provinceCode) =>
        _tokens.GetOrAdd($"police{provinceCode}", _ => Token(new DevelopmentTokenRequest(Roles.ProvincePolice, provinceCode, null, $"Công an tỉnh {provinceCode}", TimeSpan.FromHours(4))));

    /// <summary>The token of <see cref="DatasetShape.Reporter"/>: the commune's district committee on the 2024 list, its own committee on the 2025 one.</summary>
    public string ReporterToken(CommuneData commune) => Dataset.Shape.Reporter(commune) is var reporter && reporter.CommuneCode is { } communeCode
        ? _tokens.GetOrAdd($"c{communeCode}", _ => Token(new DevelopmentTokenRequest(Roles.CommuneCommittee, commune.ProvinceCode, null, reporter.DisplayName, TimeSpan.FromHours(4), communeCode)))
        : _tokens.GetOrAdd($"d{commune.DistrictCode}", _ => Token(new DevelopmentTokenRequest(Roles.DistrictCommittee, commune.ProvinceCode, commune.DistrictCode, reporter.DisplayName, TimeSpan.FromHours(4))));

    public static HttpRequestMessage GraphQLRequest(string token, object body) =>
        Authorized(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") }, token);

    public static HttpRequestMessage Authorized(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>What the dashboard's overview asks of each commune (keyIndicators in web/dashboard/src/main.js).</summary>
    public static readonly string[] DashboardCommuneIndicators = ["criminal_cases", "security_cameras", "denunciation_households", "managed_persons_current"];

    /// <summary>The province's totals of a period, by indicator, through GraphQL.</summary>
    public async Task<Dictionary<string, long?>> ProvinceTotalsAsync(string provinceCode, string period) =>
        Totals(await Http.SendAsync(GraphQLRequest(ProvinceToken(provinceCode), ProvinceTotalsBody(provinceCode, period))));

    /// <summary>The province-totals request: the same body to the platform and to the PostgreSQL baseline.</summary>
    public static object ProvinceTotalsBody(string provinceCode, string period) => new { query = ProvinceTotalsQuery, variables = new { code = provinceCode, period } };

    /// <summary>A province-totals answer (of either side) as indicator → value.</summary>
    public static Dictionary<string, long?> Totals(GraphQLResponse response) =>
        response.EnsureData()["province"]!["indicators"]!.AsArray().ToDictionary(v => v!["indicator"]!.GetValue<string>(), v => v!["value"] is { } value ? (long?)value.GetValue<double>() : null);

    /// <summary>The body of the report mutation: the same for the platform and the PostgreSQL baseline.</summary>
    public object SubmitReportBody(CommuneData commune, string period, IEnumerable<IndicatorInput> values, string? note) =>
        new { query = SubmitReportMutation, variables = new { input = new { communeCode = Dataset.Shape.KeyOf(commune.Code), period, values = values.Select(v => new { indicator = v.Indicator, value = v.Value }), note } } };

    /// <summary>Sends a commune's report through the GraphQL mutation as its reporter; an error of any kind throws.</summary>
    /// <param name="note">Why, when the report corrects figures already reported: the platform refuses a correction without one.</param>
    public Task SubmitReportAsync(CommuneData commune, string period, IEnumerable<IndicatorInput> values, string? note = null) =>
        SubmitAsync(Http, ReporterToken(commune), SubmitReportBody(commune, period, values, note));

    /// <summary>Sends a report mutation's body to <paramref name="client"/> (the platform or the baseline); a refusal or an error of any kind throws.</summary>
    public static async Task SubmitAsync(GraphQLClient client, string token, object body)
    {
        var data = (await client.SendAsync(GraphQLRequest(token, body))).EnsureData();
        if (data["submitIndicatorReport"]!["errors"]!.AsArray().Count > 0)
        {
            throw new InvalidOperationException($"Báo cáo bị từ chối: {data.ToJsonString()}");
        }
    }

    /// <summary>Sends a request whose answer only has to be a success: 200 without errors, or it throws with the start of the body.</summary>
    public static async Task EnsureOkAsync(GraphQLClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        if (response.Status != System.Net.HttpStatusCode.OK || response.Body.StartsWith("{\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{(int)response.Status}: {response.Body[..Math.Min(200, response.Body.Length)]}");
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
