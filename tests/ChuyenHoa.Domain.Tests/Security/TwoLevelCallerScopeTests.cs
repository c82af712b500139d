using ChuyenHoa.Security;

namespace ChuyenHoa.Domain.Tests.Security;

/// <summary>The roles of the two-level structure (since 1 Jul 2025) beside the others: Xã Quỳnh Nhai is 2025 commune 03703 of Sơn La (14).</summary>
public sealed class TwoLevelCallerScopeTests
{
    private static CallerScope Caller(string role, string province = "14", string? district = null, string? commune = null) =>
        new("user-1", "Người dùng", [role], province, district, commune);

    private static readonly CallerScope QuynhNhaiCommittee = Caller(Roles.CommuneCommittee, commune: "03703");
    private static readonly CallerScope SonLaPolice = Caller(Roles.ProvincePolice);

    [Fact]
    public void A_scope_built_as_before_has_no_commune() =>
        Assert.Null(new CallerScope("u", "U", [Roles.DistrictCommittee], "14", "118").CommuneCode);

    [Fact]
    public void The_commune_committee_reads_only_its_commune_and_no_province_data()
    {
        Assert.True(QuynhNhaiCommittee.CanReadCommune("14", null, "03703"));
        Assert.False(QuynhNhaiCommittee.CanReadCommune("14", null, "03706"));
        Assert.False(QuynhNhaiCommittee.CanReadCommune("15", null, "03703"));
        Assert.False(QuynhNhaiCommittee.CanReadUnit("14", null));
        Assert.True(QuynhNhaiCommittee.CanSeeProvince("14"));
        Assert.False(QuynhNhaiCommittee.CanSeeProvince("12"));
    }

    [Fact]
    public void A_commune_committee_without_a_commune_claim_reads_and_submits_nothing()
    {
        var caller = Caller(Roles.CommuneCommittee);

        Assert.False(caller.CanSubmitForCommune("03703"));
        Assert.False(caller.CanReadCommune("14", null, "03703"));
        Assert.False(caller.CanSeeProvince("14"));
        Assert.False(caller.CanListProposals("14"));
    }

    [Fact]
    public void Only_the_commune_committee_of_the_commune_submits_for_it()
    {
        Assert.True(QuynhNhaiCommittee.CanSubmitForCommune("03703"));
        Assert.False(QuynhNhaiCommittee.CanSubmitForCommune("03706"));
        Assert.False(Caller(Roles.DistrictCommittee, district: "118", commune: "03703").CanSubmitForCommune("03703"));
        Assert.False(Caller(Roles.ProvinceCommittee, commune: "03703").CanSubmitForCommune("03703"));
        Assert.False(QuynhNhaiCommittee.CanSubmitForDistrict("118"));
    }

    [Fact]
    public void The_provincial_police_reads_its_province_and_endorses_but_neither_decides_nor_plans()
    {
        Assert.True(SonLaPolice.CanReadUnit("14", null));
        Assert.True(SonLaPolice.CanReadCommune("14", null, "03703"));
        Assert.True(SonLaPolice.CanListProposals("14"));
        Assert.True(SonLaPolice.CanEndorse("14"));
        Assert.False(SonLaPolice.CanEndorse("12"));
        Assert.False(SonLaPolice.CanReadUnit("12", null));
        Assert.False(SonLaPolice.CanDecide("14"));
        Assert.False(SonLaPolice.CanManagePlans("14"));
    }

    [Theory]
    [InlineData(Roles.ProvinceCommittee)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.DistrictCommittee)]
    [InlineData(Roles.CommuneCommittee)]
    [InlineData(Roles.PlatformAdmin)]
    public void No_one_but_the_provincial_police_endorses(string role) =>
        Assert.False(Caller(role, district: "118", commune: "03703").CanEndorse("14"));

    public static TheoryData<string, string, bool> ActingMatrix => new()
    {
        // caller, role of the step, may act for commune 03703 of Sơn La (district 118 in the three-level history)
        { "district-118", Roles.DistrictCommittee, true },
        { "district-119", Roles.DistrictCommittee, false },
        { "commune-03703", Roles.CommuneCommittee, true },
        { "commune-03706", Roles.CommuneCommittee, false },
        { "police-14", Roles.ProvincePolice, true },
        { "police-12", Roles.ProvincePolice, false },
        { "province-14", Roles.ProvinceCommittee, true },
        { "province-12", Roles.ProvinceCommittee, false },
        { "police-14", Roles.ProvinceCommittee, false },
        { "province-14", Roles.ProvincePolice, false },
        { "commune-03703", Roles.ProvincePolice, false },
        { "analyst-14", Roles.Analyst, false },
        { "admin", Roles.PlatformAdmin, false },
    };

    private static readonly Dictionary<string, CallerScope> Callers = new()
    {
        ["district-118"] = Caller(Roles.DistrictCommittee, district: "118"),
        ["district-119"] = Caller(Roles.DistrictCommittee, district: "119"),
        ["commune-03703"] = QuynhNhaiCommittee,
        ["commune-03706"] = Caller(Roles.CommuneCommittee, commune: "03706"),
        ["police-14"] = SonLaPolice,
        ["police-12"] = Caller(Roles.ProvincePolice, province: "12"),
        ["province-14"] = Caller(Roles.ProvinceCommittee),
        ["province-12"] = Caller(Roles.ProvinceCommittee, province: "12"),
        ["analyst-14"] = Caller(Roles.Analyst),
        ["admin"] = Caller(Roles.PlatformAdmin),
    };

    [Theory]
    [MemberData(nameof(ActingMatrix))]
    public void A_caller_acts_as_a_role_only_holding_it_with_a_scope_over_the_commune(string caller, string role, bool expected) =>
        // The commune committee's step is one of the two-level chain, whose communes have no district.
        Assert.Equal(expected, Callers[caller].CanActAs(role, "14", role == Roles.CommuneCommittee ? null : "118", "03703"));

    [Fact]
    public void A_commune_committee_takes_no_step_for_a_commune_of_a_district_even_with_the_same_code() =>
        Assert.False(Callers["commune-03703"].CanActAs(Roles.CommuneCommittee, "14", "118", "03703"));

    [Fact]
    public void A_commune_committee_reads_only_a_commune_without_a_district_of_its_code() =>
        Assert.Equal((true, false), (QuynhNhaiCommittee.CanReadCommune("14", null, "03703"), QuynhNhaiCommittee.CanReadCommune("14", "118", "03703")));

    [Fact]
    public void A_district_step_has_no_one_to_take_it_for_a_commune_without_a_district() =>
        Assert.False(Callers["district-118"].CanActAs(Roles.DistrictCommittee, "14", null, "03703"));
}
