using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Security;

namespace ChuyenHoa.Domain.Tests.Security;

/// <summary>
/// A province of 2025 merged from old ones reads their history: Tuyên Quang (08) of 2025 is old 08 Tuyên Quang and old 02 Hà
/// Giang. Xã Phú Linh (2025:00706) was made of old Hà Giang's Kim Thạch (00703), Phú Linh (00706) and Kim Linh (00709), of
/// district 030 Vị Xuyên.
/// </summary>
public sealed class MergedProvinceCallerScopeTests
{
    private static readonly AdministrativeUnitCatalog Old = AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);
    private static readonly AdministrativeUnitCatalog New = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025);

    private static CallerScope Caller(string role, string province = "08", string? district = null, string? commune = null) =>
        new("user-1", "Người dùng", [role], province, district, commune);

    private static readonly CallerScope PhuLinhCommittee = Caller(Roles.CommuneCommittee, commune: "00706");

    private static UnitKey OldCommune(string code) => new(DivisionEdition.ThreeLevel2024, code);

    [Theory]
    [InlineData(Roles.ProvinceCommittee)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.ProvincePolice)]
    public void The_province_wide_roles_of_tuyen_quang_read_old_ha_giang_and_old_tuyen_quang(string role)
    {
        var caller = Caller(role);

        Assert.True(caller.CanReadUnit("02", null));
        Assert.True(caller.CanReadUnit("02", "030"));
        Assert.True(caller.CanReadUnit("08", "072"));
        Assert.True(caller.CanReadCommune("02", "030", "00703"));
        Assert.True(caller.CanSeeProvince("02"));
        Assert.True(caller.CanListProposals("02"));
    }

    [Fact]
    public void Reading_old_ha_giang_gives_no_right_to_act_on_it()
    {
        var province = Caller(Roles.ProvinceCommittee);
        var police = Caller(Roles.ProvincePolice);

        Assert.Equal((false, false, false), (province.CanDecide("02"), province.CanManagePlans("02"), police.CanEndorse("02")));
        Assert.Equal((true, true, true), (province.CanDecide("08"), province.CanManagePlans("08"), police.CanEndorse("08")));
        Assert.False(province.CanActAs(Roles.ProvinceCommittee, "02", "030", "00703"));
    }

    [Theory]
    [InlineData("14", Roles.ProvinceCommittee)]
    [InlineData("14", Roles.Analyst)]
    [InlineData("15", Roles.ProvinceCommittee)]
    [InlineData("02", Roles.ProvinceCommittee)]
    public void Another_province_reads_nothing_of_them_and_old_ha_giang_nothing_of_the_new_province(string province, string role)
    {
        var caller = Caller(role, province);
        var other = province == "02" ? "08" : "02";

        Assert.False(caller.CanReadUnit(other, null));
        Assert.False(caller.CanReadCommune(other, "030", "00703"));
        Assert.False(caller.CanSeeProvince(other));
        Assert.False(caller.CanListProposals(other));
    }

    [Fact]
    public void A_district_committee_of_tuyen_quang_reads_only_its_district_and_sees_no_old_province_but_its_own()
    {
        var caller = Caller(Roles.DistrictCommittee, district: "072");

        Assert.True(caller.CanReadUnit("08", "072"));
        Assert.False(caller.CanReadUnit("02", "030"));
        Assert.False(caller.CanReadUnit("02", null));
        Assert.False(caller.CanSeeProvince("02"));
    }

    [Fact]
    public void A_commune_committee_reads_the_old_communes_its_commune_was_made_from_in_another_old_province_and_no_others()
    {
        Assert.All(["00703", "00706", "00709"], code => Assert.True(PhuLinhCommittee.IsOwnCommuneOrOneItWasMadeFrom(OldCommune(code), "02"), code));
        Assert.True(PhuLinhCommittee.IsOwnCommuneOrOneItWasMadeFrom(new UnitKey(DivisionEdition.TwoLevel2025, "00706"), "08"));
        Assert.True(PhuLinhCommittee.CanSeeProvince("02"));

        // Another commune of the same district, the new commune of another code, an old commune of the same code in the wrong province.
        Assert.False(PhuLinhCommittee.IsOwnCommuneOrOneItWasMadeFrom(OldCommune("00712"), "02"));
        Assert.False(PhuLinhCommittee.IsOwnCommuneOrOneItWasMadeFrom(new UnitKey(DivisionEdition.TwoLevel2025, "00745"), "08"));
        Assert.False(PhuLinhCommittee.IsOwnCommuneOrOneItWasMadeFrom(OldCommune("00706"), "14"));
        Assert.False(PhuLinhCommittee.CanReadUnit("02", "030"));
        Assert.False(PhuLinhCommittee.CanSeeProvince("14"));
    }

    [Fact]
    public void Only_a_commune_committee_with_a_claim_reads_communes_as_its_own()
    {
        Assert.False(Caller(Roles.CommuneCommittee).IsOwnCommuneOrOneItWasMadeFrom(OldCommune("00703"), "02"));
        Assert.False(Caller(Roles.ProvinceCommittee, commune: "00706").IsOwnCommuneOrOneItWasMadeFrom(OldCommune("00703"), "02"));
        Assert.False(Caller(Roles.CommuneCommittee, province: "14", commune: "00706").IsOwnCommuneOrOneItWasMadeFrom(OldCommune("00703"), "02"));
    }

    [Fact]
    public void A_scope_of_a_code_no_edition_has_reads_only_that_code() =>
        Assert.Equal((true, false), (Caller(Roles.ProvinceCommittee, "99").CanReadUnit("99", null), Caller(Roles.ProvinceCommittee, "99").CanReadUnit("02", null)));

    [Fact]
    public void Whoever_reads_a_new_province_reads_every_old_province_its_values_are_derived_from()
    {
        foreach (var province in New.Provinces)
        {
            var committee = Caller(Roles.ProvinceCommittee, province.Code);
            Assert.All(EditionMapping.From2024To2025.PredecessorsOf(province.Code), p => Assert.True(committee.CanReadUnit(p.Code, null), $"{province.Code} → {p.Code}"));
        }
    }

    [Fact]
    public void Whoever_reads_a_new_commune_reads_every_old_commune_its_values_are_derived_from()
    {
        foreach (var commune in New.Provinces.SelectMany(p => New.ChildrenOf(p.Code)).Select(New.Get))
        {
            var committee = Caller(Roles.CommuneCommittee, commune.ParentCode!, commune: commune.Code);
            var province = Caller(Roles.ProvinceCommittee, commune.ParentCode!);
            foreach (var link in EditionMapping.From2024To2025.PredecessorsOf(commune.Code))
            {
                var district = Old.Get(link.Code).ParentCode!;
                var oldProvince = Old.Get(district).ParentCode!;
                Assert.True(committee.IsOwnCommuneOrOneItWasMadeFrom(OldCommune(link.Code), oldProvince), $"{commune.Code} → {link.Code}");
                Assert.True(province.CanReadUnit(oldProvince, district), $"{commune.ParentCode} → {link.Code}");
            }
        }
    }
}
