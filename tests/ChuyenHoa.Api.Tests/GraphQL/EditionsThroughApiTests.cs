using System.Text.Json.Nodes;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>The reference plan (Sơn La on the three-level edition) with Sơn La onboarded on the two-level edition too.</summary>
public sealed class TwoEditionsHost : ApiHostFixture
{
    protected override ReferenceData Data => ReferenceData.Plan;

    protected override async Task SeedAsync(IGrainFactory grains) => await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
}

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
            mutation($evidence: [EvidenceInput!]) { submitRemovalProposal(input: { communeCode: "03703", year: 2026, conferenceDate: "2026-11-20",
              assessment: "Xã Quỳnh Nhai không còn là địa bàn phức tạp về an ninh trật tự.", conferenceChair: "Chủ tịch UBND xã, Trưởng ban chỉ đạo",
              conferenceAttendance: 40, conferenceSummary: "Hội nghị tổng kết công tác chuyển hóa năm 2026", evidence: $evidence }) { errors { code message } } }
            """, new { evidence = EvidenceVariables.LetterAndMinutes("03703", "2026-11-20") })).EnsureData()["submitRemovalProposal"]!;
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

    private const string CarryOverFields = """
        communeCode edition designatedFrom confirmation carriedFrom { coverage commune { code edition } }
        """;

    /// <summary>Sơn La's plan of 2025, on the old list: Chiềng Khoang went whole into new Quỳnh Nhai, 04012 and 04111 were split.</summary>
    private async Task<GraphQLClient> StraddlingPlanAsync()
    {
        var province = api.Province14();
        await SeedThroughApi.PlanAsync(province, "14", 2025, "2025-02-20", "03718", "04012", "04111");
        return province;
    }

    [Fact]
    public async Task A_plan_of_2025_on_the_old_list_carries_its_designations_to_the_successors_from_1_july_flagging_the_partial_ones()
    {
        using var province = await StraddlingPlanAsync();

        var data = (await province.PostAsync($$"""
            { province(code: "14", edition: "2024") { conversionPlan(year: 2025) { designations { {{CarryOverFields}} } communes { code edition } } }
              newQuynhNhai: commune(code: "03703", edition: "2025") { designation(year: 2025) { {{CarryOverFields}} status } }
              oldMuongGiang: commune(code: "03703", edition: "2024") { designation(year: 2025) { communeCode } } }
            """)).EnsureData();

        var designations = data["province"]!["conversionPlan"]!["designations"]!.AsArray()
            .ToDictionary(d => $"{d!["edition"]}:{d["communeCode"]}", d => d!);
        Assert.Equal(["2024:03718", "2024:04012", "2024:04111", "2025:03703", "2025:03943", "2025:03980", "2025:04078", "2025:04123"], designations.Keys.Order());
        Assert.All(designations.Where(d => d.Key.StartsWith("2024:", StringComparison.Ordinal)).Select(d => d.Value), d =>
            Assert.Equal(((string?)null, "NOT_NEEDED", 0), ((string?)d["designatedFrom"], (string?)d["confirmation"], d["carriedFrom"]!.AsArray().Count)));
        var quynhNhai = designations["2025:03703"];
        Assert.Equal(("2025-07-01", "NOT_NEEDED"), ((string?)quynhNhai["designatedFrom"], (string?)quynhNhai["confirmation"]));
        Assert.Equal(("FULL", "03718", "2024"), CarriedFrom(quynhNhai));
        Assert.Equal(("PARTIAL", "04111", "2024"), CarriedFrom(designations["2025:03943"]));
        Assert.Equal("PENDING", (string?)designations["2025:04123"]["confirmation"]);
        Assert.Contains("2025:03703", data["province"]!["conversionPlan"]!["communes"]!.AsArray().Select(c => $"{c!["edition"]}:{c["code"]}"));

        // The new commune's page shows the designation it took over; old 03703 (Mường Giàng) was never designated.
        Assert.Equal(("2025", "DESIGNATED"), ((string?)data["newQuynhNhai"]!["designation"]!["edition"], (string?)data["newQuynhNhai"]!["designation"]!["status"]));
        Assert.Null(data["oldMuongGiang"]!["designation"]);
    }

    [Fact]
    public async Task The_provinces_committee_alone_confirms_or_declines_a_partial_successor_once()
    {
        using var province = await StraddlingPlanAsync();
        const string Confirm = """
            mutation($commune: String!, $keep: Boolean!) {
              confirmCarriedOverDesignation(input: { provinceCode: "14", year: 2025, communeCode: $commune, keep: $keep }) {
                plan { designations { communeCode edition confirmation } communes { code edition } } errors { code field message } } }
            """;
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14"));
        using var mocChau = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "03980"));
        foreach (var outsider in new[] { police, mocChau })
        {
            var refused = await outsider.PostAsync(Confirm, new { commune = "03980", keep = true });
            Assert.Equal("FORBIDDEN", (string?)Assert.Single(refused.Errors!)!["extensions"]!["code"]);
        }

        var kept = (await province.PostAsync(Confirm, new { commune = "03980", keep = true })).EnsureData()["confirmCarriedOverDesignation"]!;
        var declined = (await province.PostAsync(Confirm, new { commune = "04078", keep = false })).EnsureData()["confirmCarriedOverDesignation"]!;
        var again = (await province.PostAsync(Confirm, new { commune = "03980", keep = true })).EnsureData()["confirmCarriedOverDesignation"]!;
        var changed = (await province.PostAsync(Confirm, new { commune = "03980", keep = false })).EnsureData()["confirmCarriedOverDesignation"]!;
        var whole = (await province.PostAsync(Confirm, new { commune = "03703", keep = false })).EnsureData()["confirmCarriedOverDesignation"]!;
        var notCarried = (await province.PostAsync(Confirm, new { commune = "03646", keep = true })).EnsureData()["confirmCarriedOverDesignation"]!;

        Assert.Equal("CONFIRMED", ConfirmationOf(kept, "03980"));
        Assert.Equal("DECLINED", ConfirmationOf(declined, "04078"));
        Assert.DoesNotContain("2025:04078", declined["plan"]!["communes"]!.AsArray().Select(c => $"{c!["edition"]}:{c["code"]}"));
        Assert.Equal(("CONFIRMED", 0), (ConfirmationOf(again, "03980"), again["errors"]!.AsArray().Count));
        Assert.Equal(["CONFLICT", "INVALID_STATE", "NOT_FOUND"], new[] { changed, whole, notCarried }.Select(p => (string?)p["errors"]![0]!["code"]));
        Assert.All(new[] { changed, whole, notCarried }, p => Assert.Null(p["plan"]));
        Assert.Contains("không đổi lại", (string?)changed["errors"]![0]!["message"]);
        var plan = await api.Host.Grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor("14", 2025)).GetAsync();
        Assert.Equal(CarryOverConfirmation.Confirmed, plan!.Designations.Single(d => d is { CommuneCode: "03980", EditionId: "2025" }).Confirmation);
    }

    [Fact]
    public async Task The_plan_grain_refuses_another_provinces_committee_confirming_past_the_api()
    {
        using var province = await StraddlingPlanAsync();
        var plan = api.Host.Grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor("14", 2025));

        var outcome = await plan.ConfirmCarriedOverAsync(new Caller("u-12", "Ban Chỉ đạo 138 tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null), "04123", false);

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(outcome.Errors).Code);
        Assert.Equal(CarryOverConfirmation.Pending, (await plan.GetAsync())!.Designations.Single(d => d is { CommuneCode: "04123", EditionId: "2025" }).Confirmation);
    }

    [Fact]
    public async Task A_successor_reports_its_months_from_july_under_the_plan_of_2025_unless_the_province_declined_it()
    {
        using var province = await StraddlingPlanAsync();
        var declined = (await province.PostAsync("""
            mutation { confirmCarriedOverDesignation(input: { provinceCode: "14", year: 2025, communeCode: "04078", keep: false }) { errors { code } } }
            """)).EnsureData()["confirmCarriedOverDesignation"]!;
        Assert.Empty(declined["errors"]!.AsArray());
        // 04123 took in part of 04111 and waits for the province: designated until it answers. No other plan names it.
        using var pending = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "04123"));
        using var declinedCommune = api.Client(api.Token(Roles.CommuneCommittee, "14", commune: "04078"));
        const string Report = """
            mutation($commune: String!) { submitIndicatorReport(input: { communeCode: $commune, period: "2025-09", values: [{ indicator: "criminal_cases", value: 2 }] }) {
              errors { code message } } }
            """;

        var accepted = (await pending.PostAsync(Report, new { commune = "04123" })).EnsureData()["submitIndicatorReport"]!;
        var refused = (await declinedCommune.PostAsync(Report, new { commune = "04078" })).EnsureData()["submitIndicatorReport"]!;

        Assert.Empty(accepted["errors"]!.AsArray());
        Assert.Equal("VALIDATION_FAILED", (string?)refused["errors"]![0]!["code"]);
        Assert.Contains("không thuộc kế hoạch chuyển hóa", (string?)refused["errors"]![0]!["message"]);
        var september = (await province.PostAsync("""
            { commune(code: "04123", edition: "2025") { indicators(period: "2025-09", indicators: ["criminal_cases"]) { value coverage } } }
            """)).EnsureData()["commune"]!["indicators"]![0]!;
        Assert.Equal((2.0, "REPORTED"), ((double?)september["value"], (string?)september["coverage"]));
    }

    private static (string?, string?, string?) CarriedFrom(JsonNode designation)
    {
        var link = Assert.Single(designation["carriedFrom"]!.AsArray())!;
        return ((string?)link["coverage"], (string?)link["commune"]!["code"], (string?)link["commune"]!["edition"]);
    }

    private static string? ConfirmationOf(JsonNode payload, string communeCode) =>
        (string?)payload["plan"]!["designations"]!.AsArray().Single(d => (string?)d!["communeCode"] == communeCode && (string?)d["edition"] == "2025")!["confirmation"];
}
