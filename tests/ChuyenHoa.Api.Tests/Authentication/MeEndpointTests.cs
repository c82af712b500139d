using System.Net;
using System.Text.Json;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;

namespace ChuyenHoa.Api.Tests.Authentication;

[Collection(DevelopmentHostCollection.Name)]
public sealed class MeEndpointTests(DevelopmentHostFixture fixture)
{
    [Theory]
    [InlineData(Roles.ProvinceCommittee, "14", null)]
    [InlineData(Roles.DistrictCommittee, "14", "118")]
    [InlineData(Roles.Analyst, "12", null)]
    [InlineData(Roles.PlatformAdmin, "14", null)]
    public async Task A_valid_token_of_each_role_gets_200_and_the_caller_it_names(string role, string province, string? district)
    {
        var request = new DevelopmentTokenRequest(role, province, district, "Lò Thanh Thủy", TimeSpan.FromMinutes(10));
        using var http = DevelopmentHostFixture.Client(fixture.Host, fixture.Issuer.CreateToken(request, DateTimeOffset.UtcNow));

        var response = await http.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var caller = me.RootElement;
        Assert.Equal(request.UserId, caller.GetProperty("userId").GetString());
        Assert.Equal("Lò Thanh Thủy", caller.GetProperty("displayName").GetString());
        Assert.Equal([role], caller.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(province, caller.GetProperty("provinceCode").GetString());
        Assert.Equal(district, caller.GetProperty("districtCode").GetString());
    }

    [Theory]
    [InlineData(Roles.CommuneCommittee, "03703")]
    [InlineData(Roles.ProvincePolice, null)]
    public async Task The_roles_of_the_two_level_structure_get_200_and_the_commune_they_act_for(string role, string? commune)
    {
        var request = new DevelopmentTokenRequest(role, "14", null, "Cán bộ thử", TimeSpan.FromMinutes(10), commune);
        using var http = DevelopmentHostFixture.Client(fixture.Host, fixture.Issuer.CreateToken(request, DateTimeOffset.UtcNow));

        var response = await http.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([role], me.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(commune, me.RootElement.GetProperty("communeCode").GetString());
    }

    [Theory]
    [InlineData(Roles.CommuneCommittee, null)]       // a commune committee without its commune
    [InlineData(Roles.CommuneCommittee, "03386")]    // a commune of Lai Châu in a token of Sơn La
    [InlineData(Roles.ProvincePolice, "99999")]      // no such commune
    public async Task A_token_whose_commune_is_missing_or_not_of_its_province_is_refused(string role, string? commune)
    {
        var request = new DevelopmentTokenRequest(role, "14", null, "Cán bộ thử", TimeSpan.FromMinutes(10), commune);
        using var http = DevelopmentHostFixture.Client(fixture.Host, fixture.Issuer.CreateToken(request, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_me_is_401_with_a_bearer_challenge_and_health_stays_anonymous()
    {
        using var http = DevelopmentHostFixture.Client(fixture.Host);

        var me = await http.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("Bearer", Assert.Single(me.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Health_stays_200_for_a_request_whose_token_is_refused()
    {
        using var http = DevelopmentHostFixture.Client(fixture.Host, "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }
}
