using ChuyenHoa.Errors;
using ChuyenHoa.Security;

namespace ChuyenHoa.Domain.Tests.Security;

public class CallerScopeTests
{
    private static CallerScope Caller(string role, string province = "14", string? district = null) =>
        new("user-1", "Người dùng", [role], province, district);

    [Fact]
    public void Roles_are_the_six_of_the_domain_the_two_level_ones_last() =>
        Assert.Equal(["Province.Committee", "District.Committee", "Analyst", "Platform.Admin", "Commune.Committee", "Province.Police"], Roles.All);

    [Theory]
    [InlineData(Roles.ProvinceCommittee)]
    [InlineData(Roles.Analyst)]
    public void Province_committee_and_analyst_read_every_unit_of_their_province(string role)
    {
        var caller = Caller(role);

        Assert.True(caller.CanReadUnit("14", null));
        Assert.True(caller.CanReadUnit("14", "118"));
        Assert.False(caller.CanReadUnit("15", null));
        Assert.False(caller.CanReadUnit("15", "135"));
    }

    [Fact]
    public void District_committee_reads_only_its_district()
    {
        var caller = Caller(Roles.DistrictCommittee, district: "118");

        Assert.True(caller.CanReadUnit("14", "118"));
        Assert.False(caller.CanReadUnit("14", "119"));
        Assert.False(caller.CanReadUnit("14", null));
        Assert.False(caller.CanReadUnit("15", "118"));
    }

    [Fact]
    public void Platform_admin_reads_no_province_data_but_is_recognised()
    {
        var caller = Caller(Roles.PlatformAdmin);

        Assert.True(caller.IsPlatformAdmin);
        Assert.False(caller.CanReadUnit("14", null));
        Assert.False(Caller(Roles.ProvinceCommittee).IsPlatformAdmin);
    }

    [Fact]
    public void Only_the_district_committee_of_the_district_submits_for_it()
    {
        Assert.True(Caller(Roles.DistrictCommittee, district: "118").CanSubmitForDistrict("118"));
        Assert.False(Caller(Roles.DistrictCommittee, district: "118").CanSubmitForDistrict("119"));
        Assert.False(Caller(Roles.DistrictCommittee, district: null).CanSubmitForDistrict("118"));
        Assert.False(Caller(Roles.ProvinceCommittee, district: "118").CanSubmitForDistrict("118"));
        Assert.False(Caller(Roles.Analyst, district: "118").CanSubmitForDistrict("118"));
    }

    [Fact]
    public void Only_the_province_committee_of_the_province_decides_and_manages_plans()
    {
        Assert.True(Caller(Roles.ProvinceCommittee).CanDecide("14"));
        Assert.True(Caller(Roles.ProvinceCommittee).CanManagePlans("14"));
        Assert.False(Caller(Roles.ProvinceCommittee).CanDecide("15"));
        Assert.False(Caller(Roles.ProvinceCommittee).CanManagePlans("15"));
        Assert.False(Caller(Roles.Analyst).CanDecide("14"));
        Assert.False(Caller(Roles.DistrictCommittee, district: "118").CanManagePlans("14"));
        Assert.False(Caller(Roles.PlatformAdmin).CanDecide("14"));
    }

    [Fact]
    public void A_district_committee_sees_its_province_identity_but_reads_none_of_its_data()
    {
        var caller = Caller(Roles.DistrictCommittee, district: "118");

        Assert.True(caller.CanSeeProvince("14"));
        Assert.False(caller.CanReadUnit("14", null));
        Assert.False(caller.CanSeeProvince("12"));
    }

    [Fact]
    public void Province_committee_and_analyst_see_their_province_and_no_other_nor_does_the_platform_admin()
    {
        Assert.True(Caller(Roles.ProvinceCommittee).CanSeeProvince("14"));
        Assert.True(Caller(Roles.Analyst).CanSeeProvince("14"));
        Assert.False(Caller(Roles.ProvinceCommittee).CanSeeProvince("12"));
        Assert.False(Caller(Roles.PlatformAdmin).CanSeeProvince("14"));
        Assert.False(Caller(Roles.DistrictCommittee).CanSeeProvince("14"));
    }

    [Fact]
    public void A_caller_with_several_roles_has_the_rights_of_each()
    {
        var caller = new CallerScope("u", "U", [Roles.Analyst, Roles.DistrictCommittee], "14", "118");

        Assert.True(caller.CanReadUnit("14", "119"));
        Assert.True(caller.CanSubmitForDistrict("118"));
        Assert.False(caller.CanDecide("14"));
    }

    [Fact]
    public void Role_names_match_exactly() =>
        Assert.False(Caller("province.committee").CanDecide("14"));

    [Fact]
    public void The_refusal_is_forbidden_and_names_nothing()
    {
        Assert.Equal(ErrorCodes.Forbidden, DomainError.Forbidden.Code);
        Assert.Null(DomainError.Forbidden.Field);
        Assert.DoesNotMatch(@"\d", DomainError.Forbidden.Message);
    }
}
