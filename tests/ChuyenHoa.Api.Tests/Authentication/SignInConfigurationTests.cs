using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using ChuyenHoa.WebApps.Dashboard;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChuyenHoa.Api.Tests.Authentication;

[Collection(DevelopmentHostCollection.Name)]
public sealed class SignInConfigurationTests(DevelopmentHostFixture fixture)
{
    [Fact]
    public async Task In_development_the_issuer_endpoints_publish_the_key_that_signs_its_tokens()
    {
        using var http = DevelopmentHostFixture.Client(fixture.Host);
        var token = fixture.Issuer.CreateToken(
            new DevelopmentTokenRequest(Roles.Analyst, "14", null, "Chuyên viên", TimeSpan.FromMinutes(5)), DateTimeOffset.UtcNow);

        using var metadata = JsonDocument.Parse(await http.GetStringAsync(DevelopmentIssuer.MetadataPath));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()!;
        var keys = new JsonWebKeySet(await http.GetStringAsync(jwksUri));

        Assert.Equal(DevelopmentIssuer.Issuer, metadata.RootElement.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(fixture.Host.BaseAddress, DevelopmentIssuer.KeysPath), new Uri(jwksUri));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentIssuer.Issuer,
            ValidAudience = DevelopmentIssuer.Audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task In_production_the_issuer_endpoints_do_not_exist_no_key_is_created_and_the_dashboard_signs_in_with_Entra()
    {
        var dataPath = Directory.CreateTempSubdirectory("chuyenhoa-production-").FullName;
        try
        {
            var settings = DevelopmentHostFixture.DataPathSetting(dataPath);
            settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
            settings["AzureAd:TenantId"] = "organizations";
            settings["AzureAd:ClientId"] = "0d6f3c1a-5b7e-4c2d-9a8f-1e2b3c4d5e6f";
            settings["ChuyenHoa:Tenants:0:ProvinceCode"] = "14";
            settings["ChuyenHoa:Tenants:0:TenantIds:0"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
            await using var production = await SiloHost.StartAsync(fixture.ConnectionString, SiloHost.NewClusterId(), settings, environment: "Production");
            using var http = DevelopmentHostFixture.Client(production);

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(DevelopmentIssuer.MetadataPath)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(DevelopmentIssuer.KeysPath)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/dev-issuer/token", new { role = Roles.ProvinceCommittee, provinceCode = "14" })).StatusCode);
            // The dashboard's MSAL sign-in reads the API's own AzureAd settings (MSAL itself needs Entra: not testable offline).
            var config = await http.GetFromJsonAsync<DashboardConfig>(DashboardEndpoints.ConfigPath);
            Assert.Equal((false, "0d6f3c1a-5b7e-4c2d-9a8f-1e2b3c4d5e6f", "https://login.microsoftonline.com/organizations"), (config!.DevelopmentSignIn, config.ClientId, config.Authority));
            Assert.Equal(["api://0d6f3c1a-5b7e-4c2d-9a8f-1e2b3c4d5e6f/.default"], config.Scopes);
            var page = await http.GetAsync(DashboardEndpoints.Path + "/");
            Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", page.Headers.GetValues("Content-Security-Policy").Single());
            // No token is sent: validating one would fetch Entra's metadata, and this machine has no network.
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/me")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
            Assert.False(Directory.Exists(Path.Combine(dataPath, "dev-issuer")));
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Outside_development_a_host_without_the_azure_ad_settings_stops_at_start_naming_them()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => SiloHost.StartAsync(
            fixture.ConnectionString, SiloHost.NewClusterId(), new Dictionary<string, string?> { ["AzureAd:ClientId"] = "0d6f3c1a-5b7e-4c2d-9a8f-1e2b3c4d5e6f" }, environment: "Production"));

        Assert.Contains("AzureAd:TenantId", error.Message);
    }

    [Fact]
    public async Task Configured_tenants_replace_the_demo_mapping_and_their_claim_names_are_read()
    {
        var settings = DevelopmentHostFixture.DataPathSetting(fixture.DataPath);
        settings["ChuyenHoa:Tenants:0:ProvinceCode"] = "12";
        settings["ChuyenHoa:Tenants:0:TenantIds:0"] = DevelopmentIssuer.TenantId.ToUpperInvariant();
        settings["ChuyenHoa:Tenants:0:ProvinceClaim"] = "extn.tinh";
        settings["ChuyenHoa:Tenants:0:DistrictClaim"] = "extn.huyen";
        await using var host = await SiloHost.StartAsync(fixture.ConnectionString, SiloHost.NewClusterId(), settings);
        var request = new DevelopmentTokenRequest(Roles.DistrictCommittee, "12", "106", "Ban Chỉ đạo huyện", TimeSpan.FromMinutes(5));

        var renamed = Sign(request, d =>
        {
            d.Claims["extn.tinh"] = d.Claims["province"];
            d.Claims["extn.huyen"] = d.Claims["district"];
            d.Claims.Remove("province");
            d.Claims.Remove("district");
        });
        using var http = DevelopmentHostFixture.Client(host, renamed);
        using var me = JsonDocument.Parse(await http.GetStringAsync("/api/me"));
        Assert.Equal(("12", "106"), (me.RootElement.GetProperty("provinceCode").GetString(), me.RootElement.GetProperty("districtCode").GetString()));

        // Sơn La is no longer mapped, and the default claim names are not the configured ones.
        foreach (var refused in new[] { request with { ProvinceCode = "14", DistrictCode = "118" }, request })
        {
            using var other = DevelopmentHostFixture.Client(host, fixture.Issuer.CreateToken(refused, DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task A_tenant_list_naming_an_unknown_province_stops_the_host_with_the_key_in_the_message()
    {
        var settings = DevelopmentHostFixture.DataPathSetting(fixture.DataPath);
        settings["ChuyenHoa:Tenants:0:ProvinceCode"] = "14";
        settings["ChuyenHoa:Tenants:0:TenantIds:0"] = DevelopmentIssuer.TenantId;
        settings["ChuyenHoa:Tenants:1:ProvinceCode"] = "99";

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => SiloHost.StartAsync(fixture.ConnectionString, SiloHost.NewClusterId(), settings));

        Assert.Contains("ChuyenHoa:Tenants:1:ProvinceCode \"99\"", error.Message);
        Assert.Contains("ChuyenHoa:Tenants:1:TenantIds", error.Message);
        Assert.DoesNotContain("ChuyenHoa:Tenants:0", error.Message);
    }

    private string Sign(DevelopmentTokenRequest request, Action<SecurityTokenDescriptor> change)
    {
        var descriptor = DevelopmentIssuer.Describe(request, DateTimeOffset.UtcNow);
        descriptor.SigningCredentials = fixture.Issuer.LoadSigningCredentials();
        change(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
