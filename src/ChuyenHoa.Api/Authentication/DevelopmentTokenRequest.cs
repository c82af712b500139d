using System.Security.Cryptography;
using System.Text;

namespace ChuyenHoa.Api.Authentication;

/// <summary>Who a development token speaks for and how long it lasts.</summary>
public sealed record DevelopmentTokenRequest(string Role, string ProvinceCode, string? DistrictCode, string DisplayName, TimeSpan Lifetime)
{
    /// <summary>
    /// The token's <c>oid</c>: derived from the person and scope, so the same person asking twice is the
    /// same user in the audit trail, as with a real directory.
    /// </summary>
    public string UserId =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{Role}|{ProvinceCode}|{DistrictCode}|{DisplayName}")).AsSpan(0, 16)).ToString();
}
