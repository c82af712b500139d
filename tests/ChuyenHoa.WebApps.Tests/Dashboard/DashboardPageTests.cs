using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.WebApps.Dashboard;

namespace ChuyenHoa.WebApps.Tests.Dashboard;

/// <summary>How a Development host serves the dashboard and its demo sign-in, over HTTP (the page itself is tested in Chromium).</summary>
[Collection(WebAppsHostCollection.Name)]
public sealed partial class DashboardPageTests(WebAppsHostFixture fixture)
{
    [Fact]
    public async Task The_page_is_served_at_dashboard_in_Vietnamese_with_its_own_files_only()
    {
        using var http = fixture.Client(new HttpClientHandler { AllowAutoRedirect = false });

        var bare = await http.GetAsync(DashboardEndpoints.Path);
        var page = await http.GetAsync(DashboardEndpoints.Path + "/");

        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/dashboard/", bare.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // In Development the page signs in at its own host: no other origin at all.
        Assert.Contains("connect-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html);
        var files = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains(files, f => f.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".css", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{DashboardEndpoints.Path}/{file[2..]}")).StatusCode);
        }
    }

    [Fact]
    public async Task In_development_the_page_offers_demo_users_whose_tokens_the_API_accepts()
    {
        using var http = fixture.Client();

        var config = await http.GetFromJsonAsync<DashboardConfig>(DashboardEndpoints.ConfigPath);
        var issued = await http.PostAsJsonAsync("/dev-issuer/token", new { role = "District.Committee", provinceCode = "14", districtCode = "118", displayName = "Lò Thanh Thủy" });
        var token = (string)JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["accessToken"]!;
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var caller = await (await http.SendAsync(me)).Content.ReadFromJsonAsync<MeResponse>();

        Assert.True(config!.DevelopmentSignIn);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(("Lò Thanh Thủy", "14", "118"), (caller!.DisplayName, caller.ProvinceCode, caller.DistrictCode));
        Assert.Equal(["District.Committee"], caller.Roles);
    }

    [Theory]
    [InlineData("Province.Admin", "14", null, "Vai trò \"Province.Admin\" không có")]
    [InlineData("District.Committee", "14", null, "Vai trò District.Committee cần district")]
    [InlineData("District.Committee", "14", "101", "Mã \"101\" không phải một huyện của Tỉnh Sơn La")]
    [InlineData("Analyst", "99", null, "Không có tỉnh mã \"99\"")]
    public async Task A_demo_user_outside_the_roles_and_units_gets_400_with_a_Vietnamese_message(string role, string province, string? district, string message)
    {
        using var http = fixture.Client();

        var response = await http.PostAsJsonAsync("/dev-issuer/token", new { role, provinceCode = province, districtCode = district });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]);
    }

    [GeneratedRegex("""(?:src|href)="(?<url>\./assets/[^"]+)""")]
    private static partial Regex AssetReference();
}
