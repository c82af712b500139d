using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Domain.Tests.AdministrativeUnits;

public sealed class EditionMappingTests
{
    private static readonly EditionMapping Mapping = EditionMapping.From2024To2025;
    private static readonly AdministrativeUnitCatalog ThreeLevel = AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);
    private static readonly AdministrativeUnitCatalog TwoLevel = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025);

    private static IEnumerable<AdministrativeUnit> CommunesOf(AdministrativeUnitCatalog catalog) =>
        catalog.Provinces.SelectMany(p => catalog.Subtree(p.Code)).Where(u => u.Level == UnitLevel.Commune);

    [Fact]
    public void Xa_quynh_nhai_of_2025_is_made_of_four_whole_communes_of_2024()
    {
        Assert.Equal(
            [new("03700", UnitCoverage.Full), new("03703", UnitCoverage.Full), new("03706", UnitCoverage.Full), new UnitLink("03718", UnitCoverage.Full)],
            Mapping.PredecessorsOf("03703"));
        Assert.Equal("Quỳnh Nhai", TwoLevel.Get("03703").Name);
    }

    [Fact]
    public void Chieng_khoang_went_whole_into_xa_quynh_nhai() =>
        Assert.Equal([new UnitLink("03703", UnitCoverage.Full)], Mapping.SuccessorsOf("03718"));

    [Fact]
    public void The_mapping_covers_every_unit_of_both_editions_in_the_file_rows()
    {
        Assert.Equal(10_598, Mapping.CommuneRowCount);
        Assert.Equal(10_598, CommunesOf(ThreeLevel).Sum(c => Mapping.SuccessorsOf(c.Code).Count));
        Assert.Equal(10_598, CommunesOf(TwoLevel).Sum(c => Mapping.PredecessorsOf(c.Code).Count));
        Assert.Equal(34, TwoLevel.Provinces.Count);
        Assert.Equal(3_321, CommunesOf(TwoLevel).Count());
        Assert.All(CommunesOf(ThreeLevel), c => Assert.NotEmpty(Mapping.SuccessorsOf(c.Code)));
    }

    [Fact]
    public void Partial_rows_are_the_ones_the_file_marks_partial()
    {
        var links = CommunesOf(ThreeLevel).SelectMany(c => Mapping.SuccessorsOf(c.Code)).CountBy(l => l.Coverage).ToDictionary();

        Assert.Equal(9_588, links[UnitCoverage.Full]);
        Assert.Equal(1_010, links[UnitCoverage.Partial]);
        Assert.All(CommunesOf(ThreeLevel).Select(c => Mapping.SuccessorsOf(c.Code)).Where(s => s.Count > 1), s => Assert.All(s, l => Assert.Equal(UnitCoverage.Partial, l.Coverage)));
    }

    [Fact]
    public void Only_the_five_island_dac_khu_made_of_whole_districts_have_no_predecessor_commune() =>
        Assert.Equal(
            ["11948", "19742", "20333", "21548", "26732"],
            CommunesOf(TwoLevel).Where(c => Mapping.PredecessorsOf(c.Code).Count == 0).Select(c => c.Code));

    [Fact]
    public void Tuyen_quang_of_2025_is_old_tuyen_quang_and_ha_giang_whole()
    {
        Assert.Equal([new("02", UnitCoverage.Full), new UnitLink("08", UnitCoverage.Full)], Mapping.PredecessorsOf("08"));
        Assert.Equal([new UnitLink("08", UnitCoverage.Full)], Mapping.SuccessorsOf("02"));
        Assert.Equal("Hà Giang", ThreeLevel.Get("02").Name);
    }

    [Fact]
    public void Son_la_kept_its_code_and_its_territory() =>
        Assert.Equal([new UnitLink("14", UnitCoverage.Full)], Mapping.PredecessorsOf("14"));

    [Fact]
    public void Every_old_province_went_whole_into_one_new_province_and_every_new_one_has_a_predecessor_of_its_own_code()
    {
        Assert.All(ThreeLevel.Provinces, p => Assert.Equal(UnitCoverage.Full, Assert.Single(Mapping.SuccessorsOf(p.Code)).Coverage));
        Assert.All(TwoLevel.Provinces, p => Assert.Contains(new UnitLink(p.Code, UnitCoverage.Full), Mapping.PredecessorsOf(p.Code)));
        Assert.Equal(63, TwoLevel.Provinces.Sum(p => Mapping.PredecessorsOf(p.Code).Count));
    }

    [Fact]
    public void A_commune_code_reused_with_another_meaning_is_read_in_its_own_edition()
    {
        // 2025 "03700" is not a unit: old 03700 went into 03703; the old code 03703 itself is also a predecessor.
        Assert.Null(TwoLevel.Find("03700"));
        Assert.Throws<AdministrativeUnitNotFoundException>(() => Mapping.PredecessorsOf("03700"));
        Assert.Equal([new UnitLink("03703", UnitCoverage.Full)], Mapping.SuccessorsOf("03700"));
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("")]
    public void An_unknown_code_is_refused_naming_the_edition(string code)
    {
        var error = Assert.Throws<AdministrativeUnitNotFoundException>(() => Mapping.SuccessorsOf(code));

        Assert.Equal(("2024", code), (error.EditionId, error.Code));
    }

    [Fact]
    public void A_district_has_no_successor_of_its_own() =>
        Assert.Empty(Mapping.SuccessorsOf("118"));
}
