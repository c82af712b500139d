using System.Text.Json.Nodes;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Security;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// Tuyên Quang (08) of 2025, made of old Tuyên Quang (08) and old Hà Giang (02), with both old provinces' 2024 data onboarded and
/// entered through the API by their own committees: Hà Giang's Kim Thạch (00703) and Kim Linh (00709) of district 030, which
/// with Phú Linh (00706) became Xã Phú Linh (2025:00706), and old Tuyên Quang's Na Hang (02221, district 072). Sơn La's
/// users sign in too, as the province that must read none of it.
/// </summary>
public sealed class MergedProvinceHost : ApiHostFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["ChuyenHoa:Tenants:0:ProvinceCode"] = "02",
        ["ChuyenHoa:Tenants:0:TenantIds:0"] = DevelopmentIssuer.TenantId,
        ["ChuyenHoa:Tenants:1:ProvinceCode"] = "08",
        ["ChuyenHoa:Tenants:1:TenantIds:0"] = DevelopmentIssuer.TenantId,
        ["ChuyenHoa:Tenants:2:ProvinceCode"] = "14",
        ["ChuyenHoa:Tenants:2:TenantIds:0"] = DevelopmentIssuer.TenantId,
    };

    protected override async Task LoadAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ITenantGrain>("02").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("08").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("08").OnboardAsync("2025");
    }

    protected override async Task SeedAsync(IGrainFactory grains)
    {
        using var haGiang = Client(Token(Roles.ProvinceCommittee, "02", name: "Ban Chỉ đạo 138 tỉnh Hà Giang"));
        await SeedThroughApi.PlanAsync(haGiang, "02", 2024, "2024-01-15", "00703", "00709");
        using var viXuyen = Client(Token(Roles.DistrictCommittee, "02", "030", "Ban Chỉ đạo 138 huyện Vị Xuyên"));
        await SeedThroughApi.ReportAsync(viXuyen, "00703", "2024-10", ("criminal_cases", 3));
        await SeedThroughApi.ReportAsync(viXuyen, "00709", "2024-11", ("criminal_cases", 2));

        using var tuyenQuang = Client(Token(Roles.ProvinceCommittee, "08", name: "Ban Chỉ đạo 138 tỉnh Tuyên Quang"));
        await SeedThroughApi.PlanAsync(tuyenQuang, "08", 2024, "2024-01-15", "02221");
        using var naHang = Client(Token(Roles.DistrictCommittee, "08", "072", "Ban Chỉ đạo 138 huyện Na Hang"));
        await SeedThroughApi.ReportAsync(naHang, "02221", "2024-12", ("criminal_cases", 4));
    }
}

public sealed class MergedProvinceThroughApiTests(MergedProvinceHost api) : IClassFixture<MergedProvinceHost>
{
    private const string History = """
        { haGiang: province(code: "02", edition: "2024") { code name edition districts { code }
            indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
          haGiangToday: province(code: "02") { edition }
          kimThach: commune(code: "00703", edition: "2024") { name province { code }
            indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } reportHistory { newValue } }
          conversionPlan(provinceCode: "02", year: 2024) { designations { communeCode } }
          table: indicatorTable(unitCode: "02", level: "COMMUNE", indicators: ["criminal_cases"], periods: ["2024-Q4"]) { unitCode value coverage } }
        """;

    [Theory]
    [InlineData(Roles.ProvinceCommittee)]
    [InlineData(Roles.Analyst)]
    public async Task Tuyen_quang_reads_the_history_of_old_ha_giang(string role)
    {
        using var tuyenQuang = api.Client(api.Token(role, "08"));

        var data = (await tuyenQuang.PostAsync(History)).EnsureData();

        Assert.Equal(("02", "Hà Giang", "2024"), ((string?)data["haGiang"]!["code"], (string?)data["haGiang"]!["name"], (string?)data["haGiang"]!["edition"]));
        Assert.Contains("030", data["haGiang"]!["districts"]!.AsArray().Select(d => (string?)d!["code"]));
        Assert.Equal((5.0, "REPORTED"), Value(data["haGiang"]!));
        Assert.Equal("2024", (string?)data["haGiangToday"]!["edition"]);
        Assert.Equal(("Kim Thạch", "02"), ((string?)data["kimThach"]!["name"], (string?)data["kimThach"]!["province"]!["code"]));
        Assert.Equal((3.0, "REPORTED"), Value(data["kimThach"]!));
        Assert.Equal([3.0], data["kimThach"]!["reportHistory"]!.AsArray().Select(r => (double)r!["newValue"]!));
        Assert.Equal(["00703", "00709"], data["conversionPlan"]!["designations"]!.AsArray().Select(d => (string?)d!["communeCode"]).Order());
        Assert.Equal([("00703", 3.0), ("00709", 2.0)], data["table"]!.AsArray()
            .Where(r => r!["value"] is not null).Select(r => ((string)r!["unitCode"]!, (double)r["value"]!)).Order());
    }

    [Fact]
    public async Task New_tuyen_quang_and_xa_phu_linh_derive_their_2024_figures_from_the_old_provinces_and_communes()
    {
        using var tuyenQuang = api.Client(api.Token(Roles.ProvinceCommittee, "08"));

        var data = (await tuyenQuang.PostAsync("""
            { province(code: "08", edition: "2025") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              commune(code: "00706", edition: "2025") { predecessors { coverage commune { code edition province { code } } }
                indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } } }
            """)).EnsureData();

        // Old Hà Giang's 3 + 2 and old Tuyên Quang's 4; Phú Linh from Kim Thạch and Kim Linh.
        Assert.Equal((9.0, "DERIVED"), Value(data["province"]!));
        Assert.Equal((5.0, "DERIVED"), Value(data["commune"]!));
        Assert.Equal(
            [("00703", "FULL", "2024", "02"), ("00706", "FULL", "2024", "02"), ("00709", "FULL", "2024", "02")],
            data["commune"]!["predecessors"]!.AsArray().Select(l => ((string)l!["commune"]!["code"]!, (string)l["coverage"]!, (string)l["commune"]!["edition"]!, (string)l["commune"]!["province"]!["code"]!)));
    }

    [Fact]
    public async Task The_commune_committee_of_xa_phu_linh_reads_the_old_ha_giang_communes_it_was_made_from_and_no_other()
    {
        using var phuLinh = api.Client(api.Token(Roles.CommuneCommittee, "08", commune: "00706"));

        var data = (await phuLinh.PostAsync("""
            { commune(code: "00706", edition: "2025") { predecessors { commune { code } } indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              kimThach: commune(code: "00703", edition: "2024") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              phoBang: commune(code: "00712", edition: "2024") { code }
              haGiang: province(code: "02", edition: "2024") { code indicators(period: "2024-Q4") { value } } }
            """)).EnsureData();

        Assert.Equal(["00703", "00706", "00709"], data["commune"]!["predecessors"]!.AsArray().Select(l => (string?)l!["commune"]!["code"]));
        Assert.Equal((5.0, "DERIVED"), Value(data["commune"]!));
        Assert.Equal((3.0, "REPORTED"), Value(data["kimThach"]!));
        Assert.Null(data["phoBang"]);
        // The old province's name, as the province of the communes it reads, but none of its totals.
        Assert.Equal("02", (string?)data["haGiang"]!["code"]);
        Assert.Empty(data["haGiang"]!["indicators"]!.AsArray());
    }

    [Fact]
    public async Task Another_province_and_a_district_committee_of_tuyen_quang_get_not_found_for_old_ha_giang()
    {
        using var sonLa = api.Client(api.Token(Roles.ProvinceCommittee, "14"));
        using var sonLaAnalyst = api.Client(api.Token(Roles.Analyst, "14"));
        using var naHang = api.Client(api.Token(Roles.DistrictCommittee, "08", "072"));

        foreach (var outsider in new[] { sonLa, sonLaAnalyst, naHang })
        {
            var data = (await outsider.PostAsync(History)).EnsureData();

            Assert.All(["haGiang", "haGiangToday", "kimThach", "conversionPlan"], field => Assert.Null(data[field]));
            Assert.Empty(data["table"]!.AsArray());
        }
    }

    [Fact]
    public async Task Tuyen_quang_reads_old_ha_giang_but_acts_on_nothing_of_it()
    {
        using var tuyenQuang = api.Client(api.Token(Roles.ProvinceCommittee, "08"));

        var response = await tuyenQuang.PostAsync("""
            mutation { createConversionPlan(input: { provinceCode: "02", year: 2025, decisionNumber: "1/QĐ-UBND", decisionDate: "2025-01-15",
              communeCodes: ["00703"], removalCriteria: [] }) { errors { code } } }
            """);

        var codes = (response.Errors ?? []).Select(e => (string?)e!["extensions"]?["code"])
            .Concat((response.Data?["createConversionPlan"]?["errors"] as JsonArray ?? []).Select(e => (string?)e!["code"]));
        Assert.Contains("FORBIDDEN", codes);
        var plan = (await tuyenQuang.PostAsync("""{ conversionPlan(provinceCode: "02", year: 2025) { id } }""")).EnsureData();
        Assert.Null(plan["conversionPlan"]);
    }

    private static (double?, string?) Value(JsonNode unit)
    {
        var value = Assert.Single(unit["indicators"]!.AsArray())!;
        return ((double?)value["value"], (string?)value["coverage"]);
    }
}
