using System.Text;
using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Domain.Tests.AdministrativeUnits;

public sealed class AdministrativeUnitCatalogTests
{
    private static readonly AdministrativeUnitCatalog ThreeLevel = AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);
    private static readonly AdministrativeUnitCatalog TwoLevel = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025);

    [Fact]
    public void The_three_level_edition_holds_the_official_counts()
    {
        var byLevel = ThreeLevel.Provinces.SelectMany(p => ThreeLevel.Subtree(p.Code)).CountBy(u => u.Level).ToDictionary();

        Assert.Equal(63, byLevel[UnitLevel.Province]);
        Assert.Equal(696, byLevel[UnitLevel.District]);
        Assert.Equal(10_047, byLevel[UnitLevel.Commune]);
        Assert.Equal(63 + 696 + 10_047, ThreeLevel.Count);
    }

    [Fact]
    public void The_two_level_edition_has_no_districts()
    {
        Assert.Equal(34, TwoLevel.Provinces.Count);
        Assert.Equal(34 + 3_321, TwoLevel.Count);
        Assert.All(TwoLevel.Provinces.SelectMany(p => TwoLevel.ChildrenOf(p.Code)), code => Assert.Equal(UnitLevel.Commune, TwoLevel.Get(code).Level));
    }

    [Fact]
    public void Chieng_khoang_is_a_xa_of_quynh_nhai_in_son_la()
    {
        var commune = ThreeLevel.Get("03718");
        var district = ThreeLevel.Get(commune.ParentCode!);
        var province = ThreeLevel.Get(district.ParentCode!);

        Assert.Equal(("Chiềng Khoang", "Xã", UnitLevel.Commune), (commune.Name, commune.Kind, commune.Level));
        Assert.Equal(("118", "Quỳnh Nhai", "Huyện"), (district.Code, district.Name, district.Kind));
        Assert.Equal(("14", "Sơn La", "Tỉnh", (string?)null), (province.Code, province.Name, province.Kind, province.ParentCode));
        Assert.Equal("Xã Chiềng Khoang", commune.FullName);
    }

    [Fact]
    public void Son_la_has_twelve_districts_and_a_subtree_lists_parents_before_children()
    {
        var subtree = ThreeLevel.Subtree("14");

        Assert.Equal(12, ThreeLevel.ChildrenOf("14").Count);
        Assert.Equal("14", subtree[0].Code);
        var seen = new HashSet<string>();
        foreach (var unit in subtree)
        {
            Assert.True(unit.ParentCode is null || seen.Contains(unit.ParentCode), $"{unit.Code} comes before its parent");
            seen.Add(unit.Code);
        }
    }

    [Fact]
    public void Districts_without_communes_are_kept()
    {
        var conDao = ThreeLevel.Get("755");

        Assert.Equal(UnitLevel.District, conDao.Level);
        Assert.Empty(ThreeLevel.ChildrenOf("755"));
    }

    [Fact]
    public void Every_name_is_nfc_and_every_code_has_the_length_of_its_level()
    {
        foreach (var unit in ThreeLevel.Provinces.SelectMany(p => ThreeLevel.Subtree(p.Code)))
        {
            Assert.True(unit.Name.IsNormalized(NormalizationForm.FormC), unit.Code);
            Assert.Equal(unit.Level switch { UnitLevel.Province => 2, UnitLevel.District => 3, _ => 5 }, unit.Code.Length);
        }
    }

    [Fact]
    public void The_2025_provinces_take_their_kind_from_the_2024_data()
    {
        Assert.Equal("Thành phố", TwoLevel.Get("01").Kind);
        Assert.Equal("Tỉnh", TwoLevel.Get("14").Kind);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("118")]
    [InlineData("")]
    public void A_subtree_of_something_that_is_not_a_province_is_refused_in_vietnamese(string code)
    {
        var error = Assert.Throws<AdministrativeUnitNotFoundException>(() => ThreeLevel.Subtree(code));

        Assert.Contains($"\"{code}\"", error.Message);
        Assert.Contains("Không tìm thấy", error.Message);
    }
}
