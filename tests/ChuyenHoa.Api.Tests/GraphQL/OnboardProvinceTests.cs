using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

[Collection(DevelopmentHostCollection.Name)]
public sealed class OnboardProvinceTests(DevelopmentHostFixture api)
{
    private const string Onboard = """
        mutation($province: String!, $edition: String!) {
          onboardProvince(input: { provinceCode: $province, edition: $edition, clientMutationId: "onboard" }) {
            tenant { provinceCode provinceName edition unitCount onboardedAt } errors { code field message } clientMutationId } }
        """;

    private GraphQLClient Admin() => api.Client(api.Token(Roles.PlatformAdmin, "14", name: "Quản trị nền tảng"));

    [Fact]
    public async Task A_platform_administrator_onboards_merged_tuyen_quang_on_2025_and_doing_it_again_changes_nothing()
    {
        using var admin = Admin();

        var first = (await admin.PostAsync(Onboard, new { province = "08", edition = "2025" })).EnsureData()["onboardProvince"]!;
        var again = (await admin.PostAsync(Onboard, new { province = "08", edition = "2025" })).EnsureData()["onboardProvince"]!;

        var expectedUnits = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025).Subtree("08").Count;
        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(("08", "Tuyên Quang", "2025", expectedUnits),
            ((string?)first["tenant"]!["provinceCode"], (string?)first["tenant"]!["provinceName"], (string?)first["tenant"]!["edition"], (int?)first["tenant"]!["unitCount"]));
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal("Tuyên Quang", (await api.Host.Grains.GetGrain<IAdministrativeUnitGrain>("2025:08").GetAsync())!.Name);
    }

    [Theory]
    [InlineData(Roles.ProvinceCommittee)]
    [InlineData(Roles.Analyst)]
    public async Task Only_a_platform_administrator_may_onboard_and_a_refusal_creates_nothing(string role)
    {
        using var client = api.Client(api.Token(role, "14"));

        var response = await client.PostAsync(Onboard, new { province = "11", edition = "2025" });

        Assert.Equal("FORBIDDEN", (string?)Assert.Single(response.Errors!)!["extensions"]!["code"]);
        Assert.Null(response.Data?["onboardProvince"]);
        Assert.Null(await api.Host.Grains.GetGrain<ITenantGrain>("11").GetAsync());
    }

    [Theory]
    [InlineData("11", "1999", "edition", "1999")]
    [InlineData("99", "2025", "provinceCode", "\"99\"")]
    [InlineData("1'", "2025", "provinceCode", "2 chữ số")]
    public async Task An_unknown_province_or_edition_is_refused_in_vietnamese_naming_the_field_and_creates_nothing(string province, string edition, string field, string named)
    {
        using var admin = Admin();

        var payload = (await admin.PostAsync(Onboard, new { province, edition })).EnsureData()["onboardProvince"]!;

        var error = payload["errors"]!.AsArray().Single()!;
        Assert.Equal(("VALIDATION_FAILED", field), ((string?)error["code"], (string?)error["field"]));
        Assert.Contains(named, (string?)error["message"]);
        Assert.Null(payload["tenant"]);
        Assert.DoesNotContain(await api.Host.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync(), t => t.ProvinceCode == province);
    }

    [Fact]
    public async Task A_definition_that_conflicts_with_a_stored_unit_is_refused_as_a_conflict_and_nothing_is_written()
    {
        // A unit stored under Điện Biên's 2025 key with another province's definition, as a damaged or hand-written store would hold.
        var catalog = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025);
        var commune = catalog.Get(catalog.ChildrenOf("11")[0]);
        await api.Host.Grains.GetGrain<IAdministrativeUnitGrain>($"2025:{commune.Code}")
            .DefineAsync(new UnitInfo(commune.Code, "Xã khác", commune.Kind, UnitLevel.Commune, "08", "08", "2025", []));
        using var admin = Admin();

        var payload = (await admin.PostAsync(Onboard, new { province = "11", edition = "2025" })).EnsureData()["onboardProvince"]!;

        var error = payload["errors"]!.AsArray().Single()!;
        Assert.Equal("CONFLICT", (string?)error["code"]);
        Assert.Contains("Chưa ghi gì", (string?)error["message"]);
        Assert.Null(await api.Host.Grains.GetGrain<ITenantGrain>("11").GetAsync());
        Assert.Null(await api.Host.Grains.GetGrain<IAdministrativeUnitGrain>("2025:11").GetAsync());
    }
}
