using System.Diagnostics;
using System.Net;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Errors;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ChuyenHoa.Api.Tests.Reliability;

/// <summary>Azurite (on disk) stops while the host serves, and starts again on the same data and ports.</summary>
[Trait("Category", "Slow")]
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Report = """
        mutation($commune: String!, $period: String!, $v: Float!, $key: String) {
          submitIndicatorReport(input: { communeCode: $commune, period: $period, values: [{ indicator: "security_cameras", value: $v }], clientMutationId: $key }) { report { version } errors { code } } }
        """;

    private readonly string _location = Directory.CreateTempSubdirectory("chuyenhoa-outage-azurite-").FullName;
    private readonly string _dataPath = Directory.CreateTempSubdirectory("chuyenhoa-outage-").FullName;
    private readonly string _clusterId = SiloHost.NewClusterId();
    private AzuriteProcess? _azurite;
    private SiloHost? _host;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteLaunch(AzuriteFixture.PackageDirectory, _location), NullLogger.Instance);
        _host = await StartHostAsync();
        await _host.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await ReferenceCaseLoader.CreatePlanAsync(_host.Grains);
    }

    [Fact]
    public async Task Reads_and_writes_fail_clearly_while_storage_is_down_and_after_it_is_back_nothing_acknowledged_is_lost_and_a_retry_lands_once()
    {
        using var district = new GraphQLClient(_host!.BaseAddress, Token(Roles.DistrictCommittee, "119"));
        using var province = new GraphQLClient(_host.BaseAddress, Token(Roles.ProvinceCommittee, null));
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var acknowledged = (await district.PostAsync(Report, new { commune = "03772", period = "2023-11", v = 111, key = "before" })).EnsureData();
        Assert.Empty(acknowledged["submitIndicatorReport"]!["errors"]!.AsArray());

        var ports = new AzuriteLaunch(AzuriteFixture.PackageDirectory, _location, _azurite!.BlobPort, _azurite.QueuePort, _azurite.TablePort);
        await _azurite.DisposeAsync();
        _azurite = null;
        var outage = Stopwatch.StartNew();

        var write = await district.PostAsync(Report, new { commune = "03772", period = "2023-12", v = 222, key = "during" });
        output.WriteLine($"write during the outage answered after {outage.Elapsed.TotalSeconds:0.0} s: {(int)write.Status} {write.Body}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.Status);
        Assert.NotNull(write.Headers.GetValueOrDefault("Retry-After"));
        Assert.Equal(ErrorCodes.StorageUnavailable, (string?)write.Errors![0]!["extensions"]!["code"]);
        Assert.StartsWith("Kho dữ liệu tạm thời không truy cập được", (string?)write.Errors![0]!["message"]);
        // Nobody has asked for the province's proposals yet: reading them must load the list from storage.
        var read = await province.PostAsync("""{ removalProposals(provinceCode: "14") { totalCount } }""");
        Assert.Equal(ErrorCodes.StorageUnavailable, (string?)read.Errors![0]!["extensions"]!["code"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);

        _azurite = await AzuriteProcess.StartAsync(ports, NullLogger.Instance);
        var back = Stopwatch.StartNew();
        await Eventually.HoldsAsync(async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "ready answers 200 again");
        output.WriteLine($"ready again {back.Elapsed.TotalSeconds:0.0} s after Azurite restarted; outage lasted {outage.Elapsed.TotalSeconds:0.0} s");
        var retried = (await district.PostAsync(Report, new { commune = "03772", period = "2023-12", v = 222, key = "during" })).EnsureData();
        Assert.Empty(retried["submitIndicatorReport"]!["errors"]!.AsArray());
        Assert.Equal(0, (int)(await province.PostAsync("""{ removalProposals(provinceCode: "14") { totalCount } }""")).EnsureData()["removalProposals"]!["totalCount"]!);

        // A new silo reads only what storage holds: both reports exactly once, the totals of the district equal to its communes.
        await _host.DisposeAsync();
        _host = await StartHostAsync();
        using var afterRestart = new GraphQLClient(_host.BaseAddress, Token(Roles.DistrictCommittee, "119"));
        var history = (await afterRestart.PostAsync("""{ commune(code: "03772") { reportHistory { period indicator newValue } } }""")).EnsureData()["commune"]!["reportHistory"]!.AsArray()
            .Where(r => (string?)r!["indicator"] == "security_cameras" && (string?)r["period"] is "2023-11" or "2023-12")
            .Select(r => ((string)r!["period"]!, (double)r["newValue"]!))
            .ToArray();
        Assert.Equal(1, history.Count(h => h == ("2023-11", 111)));
        Assert.Equal(1, history.Count(h => h == ("2023-12", 222)));
        await Eventually.HoldsAsync(async () =>
        {
            var unit = (await afterRestart.PostAsync("""
                { district(code: "119") { indicators(period: "2023-12", indicators: ["security_cameras"]) { value } communes { indicators(period: "2023-12", indicators: ["security_cameras"]) { value } } } }
                """)).EnsureData()["district"]!;
            return (double?)unit["indicators"]![0]!["value"] == unit["communes"]!.AsArray().Sum(c => (double?)c!["indicators"]![0]!["value"] ?? 0);
        }, TimeSpan.FromSeconds(150), "Thuận Châu's December total equals the sum of its communes");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        Directory.Delete(_location, recursive: true);
        Directory.Delete(_dataPath, recursive: true);
    }

    private Task<SiloHost> StartHostAsync() =>
        SiloHost.StartAsync(_azurite!.ConnectionString, _clusterId, DevelopmentHostFixture.DataPathSetting(_dataPath));

    private string Token(string role, string? district) =>
        new DevelopmentIssuer(_dataPath).CreateToken(new DevelopmentTokenRequest(role, "14", district, "Người dùng thử", TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);
}
