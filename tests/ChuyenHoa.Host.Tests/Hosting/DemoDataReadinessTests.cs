using System.Net;
using System.Text.Json;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Host.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class DemoDataReadinessTests(AzuriteFixture storage) : IDisposable
{
    private const string ReferenceCaseQuery =
        """{ conversionPlan(provinceCode: "14", year: 2023) { decisionNumber } removalProposals(provinceCode: "14") { edges { node { communeCode } } } }""";

    private const string MergedProvinceQuery = """
        { commune(code: "00706", edition: "2025") { province { code } predecessors { coverage commune { code edition province { code } } } }
          haGiang: province(code: "02", edition: "2024") { name edition } }
        """;

    private readonly string _dataPath = Directory.CreateTempSubdirectory("chuyenhoa-ready-").FullName;

    [Fact]
    public async Task With_demo_data_on_the_first_200_of_ready_already_sees_the_reference_case_the_drug_tracks_decided_year_and_the_merged_provinces_predecessors_through_the_api()
    {
        await using var silo = await SiloHost.StartAsync(storage.ConnectionString, SiloHost.NewClusterId(), new Dictionary<string, string?>
        {
            ["ChuyenHoa:DemoData"] = "true",
            ["ChuyenHoa:DataPath"] = _dataPath,
        });
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        HttpResponseMessage? ready = null;

        await Eventually.HoldsAsync(
            async () => (ready = await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(120), "ready answers 200");

        using var client = new GraphQLClient(silo.BaseAddress, ProvinceToken("14", "Văn phòng Ban Chỉ đạo 138 tỉnh Sơn La"));
        var data = (await client.PostAsync(ReferenceCaseQuery)).EnsureData();
        Assert.Equal("314/QĐ-UBND", data["conversionPlan"]?["decisionNumber"]?.GetValue<string>());
        Assert.Contains("03718", data["removalProposals"]!["edges"]!.AsArray().Select(e => e!["node"]!["communeCode"]!.GetValue<string>()));
        // The drug track's 2025, closed by one decision that drafted 2026, with the removed commune flagged under monitoring.
        var drugs = (await client.PostAsync(DrugTrackQuery)).EnsureData();
        Assert.Equal(("05/QĐ-UBND", true), ((string?)drugs["decided"]!["yearEndDecision"]!["decisionNumber"], (bool)drugs["decided"]!["yearEndDecision"]!["applied"]!));
        Assert.Equal([("03688", "REMOVED"), ("03712", "CONTINUING")], drugs["decided"]!["designations"]!.AsArray().Select(d => ((string)d!["communeCode"]!, (string)d["status"]!)));
        Assert.Equal(("03688", true), ((string?)drugs["decided"]!["monitoring"]![0]!["communeCode"], (bool)drugs["decided"]!["monitoring"]![0]!["breached"]!));
        Assert.Equal(["03712", "03694"], drugs["drafted"]!["designations"]!.AsArray().Select(d => (string)d!["communeCode"]!));
        // Tuyên Quang of 2025 reads old Hà Giang (02), which Xã Phú Linh was made from.
        using var tuyenQuang = new GraphQLClient(silo.BaseAddress, ProvinceToken("08", "Văn phòng Ban Chỉ đạo 138 tỉnh Tuyên Quang"));
        var merged = (await tuyenQuang.PostAsync(MergedProvinceQuery)).EnsureData();
        Assert.Equal("08", (string?)merged["commune"]!["province"]!["code"]);
        Assert.Equal(
            [("00703", "FULL", "2024", "02"), ("00706", "FULL", "2024", "02"), ("00709", "FULL", "2024", "02")],
            merged["commune"]!["predecessors"]!.AsArray().Select(l => ((string)l!["commune"]!["code"]!, (string)l["coverage"]!, (string)l["commune"]!["edition"]!, (string)l["commune"]!["province"]!["code"]!)));
        Assert.Equal(("Hà Giang", "2024"), ((string?)merged["haGiang"]!["name"], (string?)merged["haGiang"]!["edition"]));
        using var body = JsonDocument.Parse(await ready!.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("demo-data").GetProperty("status").GetString());
    }

    private const string DrugTrackQuery = """
        {
          decided: conversionPlan(provinceCode: "14", year: 2025, track: DRUGS) { designations { communeCode status } yearEndDecision { decisionNumber applied } monitoring { communeCode breached } }
          drafted: conversionPlan(provinceCode: "14", year: 2026, track: DRUGS) { designations { communeCode } }
        }
        """;

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    private string ProvinceToken(string province, string name) => new DevelopmentIssuer(_dataPath).CreateToken(
        new DevelopmentTokenRequest(Roles.ProvinceCommittee, province, null, name, TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);
}
