using System.Text;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.AdministrativeUnits;

public sealed class TenantOnboardingTests : IAsyncLifetime
{
    private GrainCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync());

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Onboarding_son_la_creates_its_twelve_districts_with_quynh_nhai_holding_chieng_khoang()
    {
        var tenant = await _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");

        Assert.Equal("Sơn La", tenant.ProvinceName);
        var province = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("14").GetAsync();
        Assert.NotNull(province);
        Assert.Equal((UnitLevel.Province, "Tỉnh", (string?)null), (province.Level, province.Kind, province.ParentCode));
        var districts = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("14").GetChildrenAsync();
        Assert.Equal(12, districts.Count);
        Assert.All(districts, d => Assert.Equal((UnitLevel.District, "14"), (d.Level, d.ParentCode)));

        var quynhNhai = Assert.Single(districts, d => d.Code == "118");
        Assert.Equal(("Quỳnh Nhai", "Huyện"), (quynhNhai.Name, quynhNhai.Kind));
        var communes = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("118").GetChildrenAsync();
        var chiengKhoang = Assert.Single(communes, c => c.Code == "03718");
        Assert.Equal(("Chiềng Khoang", "Xã", UnitLevel.Commune, "118", "14"),
            (chiengKhoang.Name, chiengKhoang.Kind, chiengKhoang.Level, chiengKhoang.ParentCode, chiengKhoang.ProvinceCode));
        Assert.Equal(tenant.UnitCount, 1 + districts.Count + (await Task.WhenAll(districts.Select(d => _cluster.Grains.GetGrain<IAdministrativeUnitGrain>(d.Code).GetChildrenAsync()))).Sum(c => c.Count));
    }

    [Fact]
    public async Task Commune_counts_per_district_match_the_shipped_district_file_and_names_are_nfc()
    {
        await _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        var expected = ShippedCommuneCounts("14");

        foreach (var (districtCode, count) in expected)
        {
            var district = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>(districtCode).GetAsync();
            var communes = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>(districtCode).GetChildrenAsync();
            Assert.NotNull(district);
            Assert.Equal(count, communes.Count);
            Assert.All(communes.Append(district), u =>
            {
                Assert.True(u.Name.IsNormalized(NormalizationForm.FormC), $"{u.Code} {u.Name} is not NFC");
                Assert.Contains(u.Kind, new[] { "Xã", "Phường", "Thị trấn", "Huyện", "Thị xã", "Thành phố", "Quận" });
            });
        }

        Assert.Equal(12, expected.Count);
    }

    [Fact]
    public async Task Onboarding_twice_writes_nothing_the_second_time()
    {
        var first = await _cluster.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        var before = await GrainStateETagsAsync();

        var second = await _cluster.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");

        Assert.Equal(first, second);
        Assert.Equal(before, await GrainStateETagsAsync());
        var directory = await _cluster.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
        Assert.Single(directory, t => t.ProvinceCode == "12");
    }

    [Fact]
    public async Task Onboarding_again_lists_a_province_whose_registration_in_the_directory_was_lost()
    {
        await _cluster.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        Assert.Equal(204, (await GrainStateTable.DeleteAsync(_cluster, "tenantdirectory_0", "tenants")).Status);
        await _cluster.RestartAsync();
        Assert.DoesNotContain(await _cluster.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync(), t => t.ProvinceCode == "12");

        await _cluster.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");

        var directory = await _cluster.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
        Assert.Single(directory, t => t.ProvinceCode == "12" && t.EditionId == "2024");
    }

    [Fact]
    public async Task An_unknown_province_code_is_refused_with_a_clear_message_and_creates_nothing()
    {
        var error = await Assert.ThrowsAsync<TenantOnboardingException>(() => _cluster.Grains.GetGrain<ITenantGrain>("99").OnboardAsync("2024"));

        Assert.Contains("\"99\"", error.Message);
        Assert.Contains("Tổng cục Thống kê", error.Message);
        Assert.Null(await _cluster.Grains.GetGrain<ITenantGrain>("99").GetAsync());
        Assert.DoesNotContain(await _cluster.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync(), t => t.ProvinceCode == "99");
    }

    [Fact]
    public async Task A_district_code_is_not_accepted_as_a_province()
    {
        var error = await Assert.ThrowsAsync<TenantOnboardingException>(() => _cluster.Grains.GetGrain<ITenantGrain>("118").OnboardAsync("2024"));

        Assert.Contains("\"118\"", error.Message);
    }

    [Fact]
    public async Task An_unknown_edition_is_refused_and_a_second_edition_is_added_to_the_timeline()
    {
        var unknown = await Assert.ThrowsAsync<TenantOnboardingException>(() => _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("1999"));
        Assert.Contains("1999", unknown.Message);

        await _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        var added = await _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");

        Assert.Equal("2025", added.EditionId);
        Assert.Equal(["2024", "2025"], (await _cluster.Grains.GetGrain<ITenantGrain>("14").GetEditionsAsync()).Select(t => t.EditionId));
    }

    [Fact]
    public async Task The_two_level_edition_puts_communes_directly_under_the_province()
    {
        var tenant = await _cluster.Grains.GetGrain<ITenantGrain>("11").OnboardAsync("2025");

        var children = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("2025:11").GetChildrenAsync();
        Assert.NotEmpty(children);
        Assert.All(children, c => Assert.Equal((UnitLevel.Commune, "11", "2025"), (c.Level, c.ParentCode, c.EditionId)));
        Assert.Equal(tenant.UnitCount, children.Count + 1);
    }

    [Fact]
    public async Task Onboarding_on_2025_beside_another_provinces_2024_units_of_the_same_codes_leaves_them_untouched()
    {
        await _cluster.Grains.GetGrain<ITenantGrain>("02").OnboardAsync("2024");
        var before = await GrainStateETagsAsync();

        await _cluster.Grains.GetGrain<ITenantGrain>("08").OnboardAsync("2025");

        // Only the directory, which now lists 08 too, changed of what was there.
        var after = await GrainStateETagsAsync();
        var changed = before.Where(row => after.GetValueOrDefault(row.Key) != row.Value).Select(row => row.Key).ToArray();
        Assert.Contains("tenantdirectory", Assert.Single(changed), StringComparison.OrdinalIgnoreCase);
        var tranPhu = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("00691").GetAsync();
        Assert.Equal(("Trần Phú", "02", "2024"), (tranPhu!.Name, tranPhu.ProvinceCode, tranPhu.EditionId));
        var haGiang2 = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("2025:00691").GetAsync();
        Assert.Equal(("Hà Giang 2", "08", "2025"), (haGiang2!.Name, haGiang2.ProvinceCode, haGiang2.EditionId));
    }

    [Fact]
    public async Task A_unit_grain_refuses_to_be_redefined_by_another_province_or_edition()
    {
        await _cluster.Grains.GetGrain<ITenantGrain>("02").OnboardAsync("2024");
        var unit = _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("00691");
        var tranPhu = (await unit.GetAsync())!;

        var otherProvince = await Assert.ThrowsAsync<TenantOnboardingException>(() => unit.DefineAsync(
            new UnitInfo("00691", "Hà Giang 2", "Phường", UnitLevel.Commune, "08", "08", "2025", [])));
        var otherEdition = await Assert.ThrowsAsync<TenantOnboardingException>(() => unit.DefineAsync(tranPhu with { EditionId = "2025" }));

        Assert.Contains("Phường Trần Phú của tỉnh mã 02", otherProvince.Message);
        Assert.Contains("danh mục 2025", otherEdition.Message);
        Assert.True(tranPhu.SameAs((await unit.GetAsync())!));
    }

    private Task<Dictionary<string, string>> GrainStateETagsAsync() => GrainStateTable.ETagsAsync(_cluster);

    private static Dictionary<string, int> ShippedCommuneCounts(string provinceCode)
    {
        var path = Path.Combine(RepositoryRoot.Find()!, "src", "ChuyenHoa.Domain", "AdministrativeUnits", "Data", "vn-admin-units-2024-districts.csv");
        return File.ReadLines(path).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[0] == provinceCode)
            .ToDictionary(cells => cells[3], cells => int.Parse(cells[6], System.Globalization.CultureInfo.InvariantCulture));
    }
}
