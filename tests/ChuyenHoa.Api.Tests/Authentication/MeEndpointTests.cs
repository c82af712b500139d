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
