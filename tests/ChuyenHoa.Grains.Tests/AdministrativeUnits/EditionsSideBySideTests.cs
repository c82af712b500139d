using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Indicators;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.AdministrativeUnits;

/// <summary>One province in both editions: the units of each have grains of their own, keyed by (edition, code).</summary>
public sealed class EditionsSideBySideTests : IAsyncLifetime
{
    private static readonly string QuynhNhai2025 = new UnitKey(DivisionEdition.TwoLevel2025, "03703").StorageKey;
    private GrainCluster _cluster = null!;

    private ITenantGrain SonLa => _cluster.Grains.GetGrain<ITenantGrain>("14");

    public async Task InitializeAsync() => _cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync());

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Son_la_onboarded_on_2024_then_2025_holds_old_and_new_03703_as_two_units()
    {
        await SonLa.OnboardAsync("2024");
        await SonLa.OnboardAsync("2025");

        var old = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("03703").GetAsync();
        var merged = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>(QuynhNhai2025).GetAsync();
        Assert.Equal(("Mường Giàng", "2024", "118"), (old!.Name, old.EditionId, old.ParentCode));
        Assert.Equal(("Quỳnh Nhai", "Xã", "2025", "14"), (merged!.Name, merged.Kind, merged.EditionId, merged.ParentCode));
        Assert.Equal("2025:03703", QuynhNhai2025);

        // Each province lists the children of its own edition.
        var districts = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("14").GetChildrenAsync();
        var communes = await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("2025:14").GetChildrenAsync();
        Assert.All(districts, d => Assert.Equal((UnitLevel.District, "2024"), (d.Level, d.EditionId)));
        Assert.All(communes, c => Assert.Equal((UnitLevel.Commune, "2025"), (c.Level, c.EditionId)));
        Assert.Contains(communes, c => c.Code == "03703");
        Assert.Equal(AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025).ChildrenOf("14"), communes.Select(c => c.Code));

        var editions = await SonLa.GetEditionsAsync();
        Assert.Equal([("2024", "Sơn La"), ("2025", "Sơn La")], editions.Select(t => (t.EditionId, t.ProvinceName)));
        Assert.Equal("2025", (await SonLa.GetAsync())!.EditionId);
        var directory = await _cluster.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
        Assert.Equal(["2024", "2025"], directory.Where(t => t.ProvinceCode == "14").Select(t => t.EditionId));
    }

    [Fact]
    public async Task Onboarding_an_edition_the_tenant_has_writes_nothing_and_answers_as_the_first_time()
    {
        await SonLa.OnboardAsync("2024");
        var first = await SonLa.OnboardAsync("2025");
        var before = await GrainStateETagsAsync();

        var again2025 = await SonLa.OnboardAsync("2025");
        var again2024 = await SonLa.OnboardAsync("2024");

        Assert.Equal(first, again2025);
        Assert.Equal("2024", again2024.EditionId);
        Assert.Equal(before, await GrainStateETagsAsync());
    }

    [Fact]
    public async Task A_2025_unit_already_defined_for_another_province_refuses_the_edition_with_nothing_written()
    {
        await SonLa.OnboardAsync("2024");
        var foreign = new UnitInfo("03703", "Quỳnh Nhai", "Xã", UnitLevel.Commune, "08", "08", "2025", []);
        await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>(QuynhNhai2025).DefineAsync(foreign);
        var before = await GrainStateETagsAsync();

        var error = await Assert.ThrowsAsync<TenantOnboardingException>(() => SonLa.OnboardAsync("2025"));

        Assert.Contains("Không đưa tỉnh 14 vào hệ thống theo danh mục 2025", error.Message);
        Assert.Contains("tỉnh mã 08 theo danh mục 2025", error.Message);
        Assert.Contains("Chưa ghi gì", error.Message);
        Assert.Equal(before, await GrainStateETagsAsync());
        Assert.Equal(["2024"], (await SonLa.GetEditionsAsync()).Select(t => t.EditionId));
        Assert.Null(await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("2025:14").GetAsync());
    }

    [Fact]
    public async Task A_unit_of_one_edition_is_refused_by_the_grain_of_the_same_code_in_the_other()
    {
        var mergedQuynhNhai = new UnitInfo("03703", "Quỳnh Nhai", "Xã", UnitLevel.Commune, "14", "14", "2025", []);

        var error = await Assert.ThrowsAsync<TenantOnboardingException>(() => _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("03703").DefineAsync(mergedQuynhNhai));

        Assert.Contains("danh mục 2025", error.Message);
        Assert.Contains("danh mục 2024", error.Message);
        Assert.Null(await _cluster.Grains.GetGrain<IAdministrativeUnitGrain>("03703").GetAsync());
    }

    [Fact]
    public async Task A_change_of_new_quynh_nhai_rolls_up_to_the_2025_province_and_leaves_the_2024_units_alone()
    {
        await SonLa.OnboardAsync("2024");
        await SonLa.OnboardAsync("2025");

        // No caller reports on a two-level commune yet (the commune committee's scope does not reach the grains on this
        // branch), so the change enters through the grain's contract for changes: applied once, then passed to its parent.
        await Indicators(QuynhNhai2025).ApplyChildChangeAsync(new UnitChange("test", 1, [new ValueDelta("2026-01", IndicatorCodes.CriminalCases, null, 3)]));

        Assert.Equal(3, await CriminalCasesAsync("2025:14"));
        Assert.Equal(3, await CriminalCasesAsync(QuynhNhai2025));
        foreach (var unit in new[] { "14", "118", "03703" })
        {
            Assert.Null(await CriminalCasesAsync(unit));
        }
    }

    private IUnitIndicatorsGrain Indicators(string storageKey) => _cluster.Grains.GetGrain<IUnitIndicatorsGrain>(storageKey);

    private async Task<long?> CriminalCasesAsync(string storageKey) =>
        (await Indicators(storageKey).GetValuesAsync("2026-01", [IndicatorCodes.CriminalCases])).Single().Value;

    private Task<Dictionary<string, string>> GrainStateETagsAsync() => GrainStateTable.ETagsAsync(_cluster);
}
