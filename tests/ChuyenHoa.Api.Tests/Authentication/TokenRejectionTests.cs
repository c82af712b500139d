using System.Net;
using System.Security.Cryptography;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChuyenHoa.Api.Tests.Authentication;

/// <summary>Tokens that must not sign anyone in: each is a valid development token with one thing wrong.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class TokenRejectionTests(DevelopmentHostFixture fixture)
{
    private static readonly DevelopmentTokenRequest DistrictCommittee =
        new(Roles.DistrictCommittee, "14", "118", "Lò Thanh Thủy", TimeSpan.FromMinutes(10));

    public static TheoryData<string> Cases => [.. Forgeries.Keys];

    // Lifetimes are off by more than the validator's five-minute clock skew.
    private static Dictionary<string, Func<DevelopmentIssuer, string>> Forgeries { get; } = new()
    {
        ["expired"] = issuer => Sign(issuer, d => (d.NotBefore, d.Expires) = (Now.AddHours(-2).UtcDateTime, Now.AddMinutes(-30).UtcDateTime)),
        ["not yet valid"] = issuer => Sign(issuer, d => (d.NotBefore, d.Expires) = (Now.AddMinutes(30).UtcDateTime, Now.AddHours(2).UtcDateTime)),
        ["signed by another key"] = issuer => Sign(issuer, d => d.SigningCredentials = OtherKey(keyId: null)),
        ["signed by another key under the issuer's key id"] = issuer =>
            Sign(issuer, d => d.SigningCredentials = OtherKey(issuer.LoadPublicKey().KeyId)),
        ["wrong audience"] = issuer => Sign(issuer, d => d.Audience = "api://another-app"),
        ["wrong issuer"] = issuer => Sign(issuer, d => d.Issuer = "https://login.microsoftonline.com/" + DevelopmentIssuer.TenantId + "/v2.0"),
        ["alg none"] = issuer => Sign(issuer, d => d.SigningCredentials = null),
        ["unmapped tenant"] = issuer => Sign(issuer, d => d.Claims["tid"] = "11111111-2222-3333-4444-555555555555"),
        ["no tenant"] = issuer => Sign(issuer, d => d.Claims.Remove("tid")),
        ["province not of the tenant"] = issuer => Sign(issuer, d => (d.Claims["province"], d.Claims["district"]) = ("01", "001")),
        ["district not of the province"] = issuer => Sign(issuer, d => d.Claims["district"] = "001"),
        ["district that is a commune of the province"] = issuer => Sign(issuer, d => d.Claims["district"] = "03718"),
        ["district committee without a district"] = issuer => Sign(issuer, d => d.Claims.Remove("district")),
        ["no roles"] = issuer => Sign(issuer, d => d.Claims.Remove("roles")),
        ["no object id"] = issuer => Sign(issuer, d => d.Claims.Remove("oid")),
        ["not a token"] = _ => "not-a-token",
    };

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_with_401(string forgery)
    {
        using var http = DevelopmentHostFixture.Client(fixture.Host, Forgeries[forgery](fixture.Issuer));

        var response = await http.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task The_same_token_without_the_forgery_is_accepted()
    {
        using var http = DevelopmentHostFixture.Client(fixture.Host, Sign(fixture.Issuer, _ => { }));

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/me")).StatusCode);
    }

    private static string Sign(DevelopmentIssuer issuer, Action<SecurityTokenDescriptor> forge)
    {
        var descriptor = DevelopmentIssuer.Describe(DistrictCommittee, Now);
        descriptor.SigningCredentials = issuer.LoadSigningCredentials();
        forge(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static SigningCredentials OtherKey(string? keyId) =>
        new(new RsaSecurityKey(RSA.Create(2048).ExportParameters(includePrivateParameters: true)) { KeyId = keyId ?? "another-key" }, SecurityAlgorithms.RsaSha256);
}
