using System.Text.Json.Nodes;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>The reference plan (Sơn La on the three-level edition) with Sơn La onboarded on the two-level edition too.</summary>
public sealed class TwoEditionsHost : ApiHostFixture
{
    protected override ReferenceData Data => ReferenceData.Plan;

    protected override async Task SeedAsync(IGrainFactory grains) => await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
}

[Collection(DevelopmentHostCollection.Name)]
public sealed class EditionsThroughApiTests(TwoEditionsHost api) : IClassFixture<TwoEditionsHost>
{
    private static readonly AdministrativeUnitCatalog Old = AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);

    [Fact]
    public async Task New_quynh_nhai_lists_its_four_predecessors_of_2024_with_their_coverage()
    {
        using var province = api.Province14();

        var commune = (await province.PostAsync("""
            { commune(code: "03703", edition: "2025") { code name edition district { code } province { code edition }
                predecessors { coverage commune { code name edition } } } }
            """)).EnsureData()["commune"]!;

        Assert.Equal(("03703", "Quỳnh Nhai", "2025"), ((string?)commune["code"], (string?)commune["name"], (string?)commune["edition"]));
        Assert.Null(commune["district"]);
        Assert.Equal(("14", "2025"), ((string?)commune["province"]!["code"], (string?)commune["province"]!["edition"]));
        var expected = EditionMapping.From2024To2025.PredecessorsOf("03703")
            .Select(p => (Coverage: (string?)"FULL", Code: (string?)p.Code, Name: (string?)Old.Get(p.Code).Name, Edition: (string?)"2024"))
            .ToArray();
        Assert.Equal(["03700", "03703", "03706", "03718"], expected.Select(e => e.Code));
        Assert.Equal(expected, commune["predecessors"]!.AsArray().Select(l =>
            ((string?)l!["coverage"], (string?)l["commune"]!["code"], (string?)l["commune"]!["name"], (string?)l["commune"]!["edition"])));
    }

    [Fact]
    public async Task Chieng_khoang_of_2024_has_new_quynh_nhai_as_its_successor_and_no_predecessors()
    {
        using var province = api.Province14();

        var commune = (await province.PostAsync("""
            { commune(code: "03718", edition: "2024") { edition district { code } predecessors { coverage } successors { coverage commune { code name edition } } } }
            """)).EnsureData()["commune"]!;

        Assert.Equal(("2024", "118"), ((string?)commune["edition"], (string?)commune["district"]!["code"]));
        Assert.Empty(commune["predecessors"]!.AsArray());
        var successor = Assert.Single(commune["successors"]!.AsArray())!;
        Assert.Equal(("FULL", "03703", "Quỳnh Nhai", "2025"),
            ((string?)successor["coverage"], (string?)successor["commune"]!["code"], (string?)successor["commune"]!["name"], (string?)successor["commune"]!["edition"]));
    }

    [Fact]
    public async Task Without_an_edition_a_unit_is_read_in_the_edition_in_force_today_or_else_the_one_before()
    {
        using var province = api.Province14();

        var data = (await province.PostAsync("""
            { newQuynhNhai: commune(code: "03703") { name edition }
              chiengKhoang: commune(code: "03718") { name edition }
              sonLa: province(code: "14") { edition districts { code } communes { code } }
              sonLa2024: province(code: "14", edition: "2024") { edition districts { code } communes { code } }
              district(code: "118") { name }
              provinces { code edition } }
            """)).EnsureData();

        // The clock of the host is the real one: today is after 1 July 2025.
        Assert.Equal(DivisionEdition.TwoLevel2025, DivisionEdition.InForceOn(DateOnly.FromDateTime(DateTime.UtcNow)));
        Assert.Equal(("Quỳnh Nhai", "2025"), ((string?)data["newQuynhNhai"]!["name"], (string?)data["newQuynhNhai"]!["edition"]));
        Assert.Equal(("Chiềng Khoang", "2024"), ((string?)data["chiengKhoang"]!["name"], (string?)data["chiengKhoang"]!["edition"]));
        Assert.Equal("2025", (string?)data["sonLa"]!["edition"]);
        Assert.Empty(data["sonLa"]!["districts"]!.AsArray());
        Assert.Equal(AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025).ChildrenOf("14"), data["sonLa"]!["communes"]!.AsArray().Select(c => (string?)c!["code"]));
        Assert.Equal(Old.ChildrenOf("14"), data["sonLa2024"]!["districts"]!.AsArray().Select(c => (string?)c!["code"]));
        Assert.Empty(data["sonLa2024"]!["communes"]!.AsArray());
        Assert.Equal("Quỳnh Nhai", (string?)data["district"]!["name"]);
        Assert.Equal(("14", "2025"), data["provinces"]!.AsArray().Select(p => ((string?)p!["code"], (string?)p["edition"])).Single());
    }

    [Fact]
    public async Task Ids_carry_the_edition_and_an_id_given_before_editions_still_reads_the_2024_commune()
    {
        using var province = api.Province14();
        var newId = (string?)(await province.PostAsync("""{ commune(code: "03703", edition: "2025") { id } }""")).EnsureData()["commune"]!["id"];
        var oldId = (string?)(await province.PostAsync("""{ commune(code: "03703", edition: "2024") { id } }""")).EnsureData()["commune"]!["id"];

        var nodes = (await province.PostAsync("""
            query($new: ID!, $old: ID!, $before: ID!) {
              new: node(id: $new) { id ... on Commune { name edition } }
              old: node(id: $old) { id ... on Commune { name edition } }
              before: node(id: $before) { ... on Commune { name edition } } }
            """, new { @new = newId, old = oldId, before = GlobalId.Encode("Commune", "03718") })).EnsureData();

        Assert.NotEqual(newId, oldId);
        Assert.True(GlobalId.TryDecode(newId, out _, out var newKey));
        Assert.Equal("2025:03703", newKey);
        Assert.Equal((newId, "Quỳnh Nhai", "2025"), ((string?)nodes["new"]!["id"], (string?)nodes["new"]!["name"], (string?)nodes["new"]!["edition"]));
        Assert.Equal((oldId, Old.Get("03703").Name, "2024"), ((string?)nodes["old"]!["id"], (string?)nodes["old"]!["name"], (string?)nodes["old"]!["edition"]));
        Assert.Equal(("Chiềng Khoang", "2024"), ((string?)nodes["before"]!["name"], (string?)nodes["before"]!["edition"]));
    }

    [Fact]
    public async Task A_district_committee_sees_neither_the_new_commune_nor_its_link_and_another_province_sees_nothing()
    {
        using var district = api.QuynhNhai();
        using var laiChau = api.Client(api.Token(Roles.ProvinceCommittee, "12"));
        const string Query = """
            { newQuynhNhai: commune(code: "03703", edition: "2025") { code }
              chiengKhoang: commune(code: "03718") { code successors { commune { code } } }
              sonLa: province(code: "14", edition: "2025") { code } }
            """;

        var ofDistrict = (await district.PostAsync(Query)).EnsureData();
        var ofLaiChau = (await laiChau.PostAsync(Query)).EnsureData();

        Assert.Null(ofDistrict["newQuynhNhai"]);
        Assert.Equal("03718", (string?)ofDistrict["chiengKhoang"]!["code"]);
        Assert.Empty(ofDistrict["chiengKhoang"]!["successors"]!.AsArray());
        // A district committee sees its province's identity, in either edition, as before.
        Assert.Equal("14", (string?)ofDistrict["sonLa"]!["code"]);
        Assert.All(ofLaiChau.AsObject(), field => Assert.Null(field.Value));
    }

    [Fact]
    public async Task A_report_by_bare_code_goes_to_the_commune_of_the_edition_in_force_in_its_month()
    {
        using var district = api.QuynhNhai();
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03703"));
        // Values refused by validation: a report that reaches its commune's grain answers VALIDATION_FAILED and stores nothing.
        static string Report(string month) => $$"""
            mutation { submitIndicatorReport(input: { communeCode: "03703", period: "{{month}}", values: [{ indicator: "criminal_cases", value: -1 }] }) { errors { code } } }
            """;

        // 2023: the three-level Mường Giàng, reported by its district; 2026: the two-level Quỳnh Nhai, reported by its own committee.
        Assert.Equal("VALIDATION_FAILED", await ErrorCodeAsync(district, Report("2023-11")));
        Assert.Equal("FORBIDDEN", await ErrorCodeAsync(commune, Report("2023-11")));
        Assert.Equal("FORBIDDEN", await ErrorCodeAsync(district, Report("2026-10")));
        Assert.Equal("VALIDATION_FAILED", await ErrorCodeAsync(commune, Report("2026-10")));
    }

    [Fact]
    public async Task A_proposal_of_new_quynh_nhai_is_listed_and_shown_on_the_2025_commune_only()
    {
        using var province = api.Province14();
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03703"));
        var plan = (await province.PostAsync("""
            mutation { createConversionPlan(input: { provinceCode: "14", year: 2026, decisionNumber: "15/QĐ-UBND", decisionDate: "2026-01-15",
              communeCodes: ["03703"], removalCriteria: [{ indicator: "security_cameras", kind: AT_LEAST, threshold: 30 }] }) { errors { code message } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.Empty(plan["errors"]!.AsArray());
        var submitted = (await commune.PostAsync("""
            mutation { submitRemovalProposal(input: { communeCode: "03703", year: 2026, conferenceDate: "2026-11-20",
              assessment: "Xã Quỳnh Nhai không còn là địa bàn phức tạp về an ninh trật tự.", conferenceChair: "Chủ tịch UBND xã, Trưởng ban chỉ đạo",
              conferenceAttendance: 40, conferenceSummary: "Hội nghị tổng kết công tác chuyển hóa năm 2026" }) { errors { code message } } }
            """)).EnsureData()["submitRemovalProposal"]!;
        Assert.Empty(submitted["errors"]!.AsArray());

        var data = (await province.PostAsync("""
            { newQuynhNhai: commune(code: "03703", edition: "2025") { removalProposals { totalCount edges { node { year commune { code edition } } } } }
              muongGiang: commune(code: "03703", edition: "2024") { name removalProposals { totalCount } } }
            """)).EnsureData();

        var proposal = Assert.Single(data["newQuynhNhai"]!["removalProposals"]!["edges"]!.AsArray())!["node"]!;
        Assert.Equal((2026, "03703", "2025"), ((int)proposal["year"]!, (string?)proposal["commune"]!["code"], (string?)proposal["commune"]!["edition"]));
        Assert.Equal((Old.Get("03703").Name, 0), ((string?)data["muongGiang"]!["name"], (int)data["muongGiang"]!["removalProposals"]!["totalCount"]!));
    }

    private static async Task<string?> ErrorCodeAsync(GraphQLClient client, string mutation)
    {
        var response = await client.PostAsync(mutation);
        return (string?)(response.Errors?[0]?["extensions"]?["code"] ?? response.Data?["submitIndicatorReport"]?["errors"]?[0]?["code"]);
    }

    [Fact]
    public async Task An_unknown_edition_is_refused_with_the_editions_there_are()
    {
        using var province = api.Province14();

        var response = await province.PostAsync("""{ commune(code: "03703", edition: "2023") { code } }""");

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("VALIDATION_FAILED", (string?)error["extensions"]!["code"]);
        Assert.Contains("\"2023\"", (string?)error["message"]);
        Assert.Contains("\"2025\"", (string?)error["message"]);
        Assert.Null(response.Data!["commune"]);
    }
}
