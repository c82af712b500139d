using System.Net;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using Value = (double? Value, string? Coverage, double? PreviousYearValue, string? PreviousYearCoverage, double? ChangeFromPreviousYear);

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// Sơn La on both editions, its figures entered through the API: in the last quarter of 2024 the four communes new Xã Quỳnh
/// Nhai (2025:03703) was made of report (district 118), and so do Mộc Lỵ and Chiềng Hắc of district 123, Chiềng Hắc going only
/// in part into new Mộc Châu (2025:03980); in the last quarter of 2025 both new communes report themselves (plan of 2026).
/// </summary>
public sealed class ContinuityHost : ApiHostFixture
{
    protected override async Task LoadAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
    }

    protected override async Task SeedAsync(IGrainFactory grains)
    {
        using var province = Province14();
        await SeedThroughApi.PlanAsync(province, "14", 2024, "2024-01-15", "03700", "03703", "03706", "03718", "03980", "04012");
        await SeedThroughApi.PlanAsync(province, "14", 2026, "2026-01-15", "03703", "03980");

        using var quynhNhai = QuynhNhai();
        await SeedThroughApi.ReportAsync(quynhNhai, "03700", "2024-10", ("criminal_cases", 1));
        await SeedThroughApi.ReportAsync(quynhNhai, "03700", "2024-11", ("security_cameras", 10));
        await SeedThroughApi.ReportAsync(quynhNhai, "03703", "2024-10", ("criminal_cases", 2));
        await SeedThroughApi.ReportAsync(quynhNhai, "03706", "2024-11", ("criminal_cases", 3));
        await SeedThroughApi.ReportAsync(quynhNhai, "03718", "2024-10", ("security_cameras", 5));
        await SeedThroughApi.ReportAsync(quynhNhai, "03718", "2024-12", ("criminal_cases", 4), ("security_cameras", 7));

        using var mocChau = Client(Token(Roles.DistrictCommittee, "14", "123", "Ban Chỉ đạo 138 huyện Mộc Châu"));
        await SeedThroughApi.ReportAsync(mocChau, "03980", "2024-10", ("criminal_cases", 1));
        await SeedThroughApi.ReportAsync(mocChau, "04012", "2024-10", ("criminal_cases", 6));

        // Bare codes from 2025-07 name the two-level communes, reported by their own committees.
        using var newQuynhNhai = Client(Token(Roles.CommuneCommittee, "14", commune: "03703"));
        await SeedThroughApi.ReportAsync(newQuynhNhai, "03703", "2025-10", ("criminal_cases", 2), ("security_cameras", 18));
        await SeedThroughApi.ReportAsync(newQuynhNhai, "03703", "2025-12", ("criminal_cases", 1), ("security_cameras", 20));
        using var newMocChau = Client(Token(Roles.CommuneCommittee, "14", commune: "03980"));
        await SeedThroughApi.ReportAsync(newMocChau, "03980", "2025-10", ("criminal_cases", 2));
    }
}

[Collection(ProcessWideMetersCollection.Name)]
public sealed class ContinuityThroughApiTests(ContinuityHost api) : IClassFixture<ContinuityHost>
{
    private const string ValueFields = "indicator value coverage previousYearValue previousYearCoverage changeFromPreviousYear";

    [Fact]
    public async Task Quynh_nhai_2025_q4_is_its_own_report_compared_with_2024_q4_of_its_four_predecessors_summed_as_derived()
    {
        using var province = api.Province14();

        var data = (await province.PostAsync($$"""
            { commune(code: "03703", edition: "2025") {
                q4: indicators(period: "2025-Q4", indicators: ["criminal_cases", "security_cameras"]) { {{ValueFields}} }
                before: indicators(period: "2024-Q4", indicators: ["criminal_cases", "security_cameras"]) { {{ValueFields}} } }
              c03700: commune(code: "03700", edition: "2024") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              c03703: commune(code: "03703", edition: "2024") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              c03706: commune(code: "03706", edition: "2024") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              c03718: commune(code: "03718", edition: "2024") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } } }
            """)).EnsureData();

        // Each predecessor shows its own report; the new commune's 2024-Q4 is their sum, marked derived.
        var predecessors = new[] { "c03700", "c03703", "c03706", "c03718" }.Select(c => Single(data[c]!["indicators"]!)).ToArray();
        Assert.All(predecessors, p => Assert.Equal("REPORTED", (string?)p["coverage"]));
        Assert.Equal(10, predecessors.Sum(p => (double)p["value"]!));
        var q4 = ByIndicator(data["commune"]!["q4"]!);
        Assert.Equal<Value>((3, "REPORTED", 10, "DERIVED", -0.7), Values(q4["criminal_cases"]));
        // A stock: each predecessor's last month of the quarter (03700: 10, 03718: 7), then summed.
        Assert.Equal<Value>((20, "REPORTED", 17, "DERIVED", 3.0 / 17), Values(q4["security_cameras"]));
        var before = ByIndicator(data["commune"]!["before"]!);
        Assert.Equal((10.0, "DERIVED"), ((double?)before["criminal_cases"]["value"], (string?)before["criminal_cases"]["coverage"]));
        Assert.Equal((17.0, "DERIVED"), ((double?)before["security_cameras"]["value"], (string?)before["security_cameras"]["coverage"]));
    }

    [Fact]
    public async Task A_month_from_the_cut_over_is_the_communes_own_report_against_the_derived_month_a_year_before()
    {
        using var province = api.Province14();

        var value = Single((await province.PostAsync($$"""
            { commune(code: "03703", edition: "2025") { indicators(period: "2025-10", indicators: ["criminal_cases"]) { {{ValueFields}} } } }
            """)).EnsureData()["commune"]!["indicators"]!);

        // 2024-10: 03700 reported 1, 03703 reported 2.
        Assert.Equal<Value>((2, "REPORTED", 3, "DERIVED", -1.0 / 3), Values(value));
    }

    [Fact]
    public async Task A_partial_predecessor_with_a_value_leaves_the_value_empty_and_marked_partial_never_summed()
    {
        using var province = api.Province14();

        var commune = (await province.PostAsync($$"""
            { commune(code: "03980", edition: "2025") { predecessors { coverage commune { code } }
                before: indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { {{ValueFields}} }
                q4: indicators(period: "2025-Q4", indicators: ["criminal_cases"]) { {{ValueFields}} } } }
            """)).EnsureData()["commune"]!;

        Assert.Contains(("04012", "PARTIAL"), commune["predecessors"]!.AsArray().Select(l => ((string)l!["commune"]!["code"]!, (string)l["coverage"]!)));
        var before = Single(commune["before"]!);
        Assert.Equal((null, "PARTIAL"), ((double?)before["value"], (string?)before["coverage"]));
        // 2025-Q4 so far is October: its own 2, against October 2024, which Chiềng Hắc's part makes unknown.
        Assert.Equal<Value>((2, "REPORTED", null, "PARTIAL", null), Values(Single(commune["q4"]!)));
    }

    [Fact]
    public async Task The_commune_committee_reads_its_derived_history_and_no_one_outside_the_new_commune_reads_it()
    {
        using var committee = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03703"));
        using var district = api.QuynhNhai();
        using var otherCommune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03980"));
        using var laiChau = api.Client(api.Token(Roles.ProvinceCommittee, "12"));
        const string Query = """
            { commune(code: "03703", edition: "2025") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } }
              indicatorSeries(unitCode: "2025:03703", indicator: "criminal_cases", from: "2024-Q4", to: "2024-Q4") { value coverage } }
            """;

        var own = (await committee.PostAsync(Query)).EnsureData();
        Assert.Equal((10.0, "DERIVED"), ((double?)Single(own["commune"]!["indicators"]!)["value"], (string?)Single(own["commune"]!["indicators"]!)["coverage"]));
        Assert.Equal((10.0, "DERIVED"), ((double?)Single(own["indicatorSeries"]!)["value"], (string?)Single(own["indicatorSeries"]!)["coverage"]));

        // The district committee reads the old communes of its district, not the new commune; another commune and province nothing.
        foreach (var outsider in new[] { district, otherCommune, laiChau })
        {
            var data = (await outsider.PostAsync(Query)).EnsureData();
            Assert.Null(data["commune"]);
            Assert.Empty(data["indicatorSeries"]!.AsArray());
        }
    }

    [Fact]
    public async Task The_series_and_the_table_carry_the_coverage_of_each_value_across_the_cut_over()
    {
        using var province = api.Province14();

        var data = (await province.PostAsync("""
            { indicatorSeries(unitCode: "2025:03703", indicator: "criminal_cases", from: "2024-Q3", to: "2025-Q4") { period value coverage }
              communes: indicatorTable(unitCode: "2025:14", level: "COMMUNE", indicators: ["criminal_cases"], periods: ["2024-Q4", "2025-Q4"]) {
                unitCode period value coverage previousYearValue previousYearCoverage }
              sonLa: indicatorTable(unitCode: "2025:14", indicators: ["criminal_cases"], periods: ["2024-Q4", "2025-Q4"]) {
                period value coverage previousYearValue previousYearCoverage } }
            """)).EnsureData();

        Assert.Equal(
            [("2024-Q3", null, null), ("2024-Q4", 10.0, "DERIVED"), ("2025-Q1", null, null), ("2025-Q2", null, null), ("2025-Q3", null, null), ("2025-Q4", 3.0, "REPORTED")],
            data["indicatorSeries"]!.AsArray().Select(p => ((string)p!["period"]!, (double?)p["value"], (string?)p["coverage"])));
        var rows = data["communes"]!.AsArray()
            .Where(r => (string?)r!["unitCode"] is "03703" or "03980")
            .Select(r => ((string)r!["unitCode"]!, (string)r["period"]!, (double?)r["value"], (string?)r["coverage"], (double?)r["previousYearValue"], (string?)r["previousYearCoverage"]))
            .Order();
        Assert.Equal(
            [("03703", "2024-Q4", 10.0, "DERIVED", null, null), ("03703", "2025-Q4", 3.0, "REPORTED", 10.0, "DERIVED"),
             ("03980", "2024-Q4", null, "PARTIAL", null, null), ("03980", "2025-Q4", 2.0, "REPORTED", null, "PARTIAL")],
            rows);
        // The 2025 province from old Sơn La's totals (its one, whole predecessor): 1 + 2 + 3 + 4 in district 118, 1 + 6 in district 123.
        Assert.Equal(
            [("2024-Q4", 17.0, "DERIVED", null, null), ("2025-Q4", 5.0, "REPORTED", 17.0, "DERIVED")],
            data["sonLa"]!.AsArray().Select(r => ((string)r!["period"]!, (double?)r["value"], (string?)r["coverage"], (double?)r["previousYearValue"], (string?)r["previousYearCoverage"])));
    }

    [Fact]
    public async Task A_three_level_unit_and_a_two_level_period_that_never_reaches_back_are_reported_with_no_derivation()
    {
        using var province = api.Province14();

        var data = (await province.PostAsync("""
            { old: commune(code: "03718", edition: "2024") { indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage previousYearCoverage } }
              later: commune(code: "03703", edition: "2025") { indicators(period: "2026-Q4", indicators: ["criminal_cases"]) { value coverage previousYearValue previousYearCoverage } } }
            """)).EnsureData();

        var old = Single(data["old"]!["indicators"]!);
        Assert.Equal((4.0, "REPORTED", (string?)null), ((double?)old["value"], (string?)old["coverage"], (string?)old["previousYearCoverage"]));
        // 2026-Q4 is compared with 2025-Q4, both the commune's own: nothing reported in 2026, so no value and no source.
        var later = Single(data["later"]!["indicators"]!);
        Assert.Equal(((double?)null, (string?)null, 3.0, "REPORTED"), ((double?)later["value"], (string?)later["coverage"], (double?)later["previousYearValue"], (string?)later["previousYearCoverage"]));
    }

    [Fact]
    public async Task Every_new_commune_of_son_la_derives_its_2024_figures_with_one_batch_of_month_lists_and_no_unit_read_for_predecessors()
    {
        using var province = api.Province14();
        using var batches = new MetricCollector("chuyenhoa.graphql.batch.size");

        var data = (await province.PostAsync("""
            { province(code: "14", edition: "2025") { communes { code indicators(period: "2024-Q4", indicators: ["criminal_cases"]) { value coverage } } } }
            """)).EnsureData();

        var communes = data["province"]!["communes"]!.AsArray();
        // Chiềng Hắc (04012) went in part into Mộc Châu (03980) and in part into Chiềng Hặc (04078): neither gets its 6.
        Assert.Equal(
            [("03703", 10.0, "DERIVED"), ("03980", null, "PARTIAL"), ("04078", null, "PARTIAL")],
            communes.Where(c => c!["indicators"]![0]!["coverage"] is not null)
                .Select(c => ((string)c!["code"]!, (double?)c["indicators"]![0]!["value"], (string?)c["indicators"]![0]!["coverage"])));
        Assert.Equal([(double)communes.Count], batches.Values("loader", "indicator-histories"));
        // The province, then its communes: the predecessors' scope comes from the official list and the tenants, not from their grains.
        Assert.Equal([1d, communes.Count], batches.Values("loader", "units"));
    }

    [Fact]
    public async Task Only_unknown_indicator_codes_give_a_two_level_commune_no_values_and_read_no_months()
    {
        using var province = api.Province14();
        using var batches = new MetricCollector("chuyenhoa.graphql.batch.size");

        var data = (await province.PostAsync("""
            { commune(code: "03703", edition: "2025") { indicators(period: "2025-Q4", indicators: ["no_such_indicator"]) { value } } }
            """)).EnsureData();

        Assert.Empty(data["commune"]!["indicators"]!.AsArray());
        Assert.Empty(batches.Values("loader", "indicator-histories"));
    }

    [Fact]
    public async Task A_two_level_commune_exports_by_its_key_with_its_derived_quarter_and_an_unknown_key_is_not_found()
    {
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", api.Token(Roles.ProvinceCommittee, "14"));

        using var response = await http.GetAsync($"{ExportEndpoints.IndicatorTablePath}?unitCode=2025:03703&indicators=criminal_cases&periods=2024-Q4,2025-Q4&format=csv");
        using var unknown = await http.GetAsync($"{ExportEndpoints.IndicatorTablePath}?unitCode=2025:99999&periods=2025&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bang-chi-tieu-2025-03703.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The header, then 2024-Q4 (the four predecessors' 10) and 2025-Q4 (its own 3).
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("2024-Q4", StringComparison.Ordinal) && l.Contains(",10,", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public void The_fixture_names_the_predecessors_the_mapping_gives() =>
        Assert.Equal(
            [("03700", UnitCoverage.Full), ("03703", UnitCoverage.Full), ("03706", UnitCoverage.Full), ("03718", UnitCoverage.Full)],
            EditionMapping.From2024To2025.PredecessorsOf("03703").Select(l => (l.Code, l.Coverage)));

    private static JsonNode Single(JsonNode list) => Assert.Single(list.AsArray())!;

    private static Dictionary<string, JsonNode> ByIndicator(JsonNode list) =>
        list.AsArray().ToDictionary(v => (string)v!["indicator"]!, v => v!);

    private static Value Values(JsonNode value) =>
        ((double?)value["value"], (string?)value["coverage"], (double?)value["previousYearValue"], (string?)value["previousYearCoverage"], (double?)value["changeFromPreviousYear"]);
}
