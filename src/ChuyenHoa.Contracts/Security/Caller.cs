using ChuyenHoa.Security;

namespace ChuyenHoa.Contracts.Security;

/// <summary>Who makes a call, passed with every grain call that changes state so that grains check scope again.</summary>
/// <param name="UserId">The user's stable id (the token's object id).</param>
/// <param name="DisplayName">The user's name as recorded with what they do.</param>
/// <param name="Roles">The application roles of the token.</param>
/// <param name="ProvinceCode">The province (tenant) the caller acts in.</param>
/// <param name="DistrictCode">The district a district committee member acts for; null for province-wide roles.</param>
/// <param name="CommuneCode">The commune a commune committee member acts for (two-level structure); null for other roles.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Caller")]
public sealed record Caller(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] string ProvinceCode,
    [property: Id(4)] string? DistrictCode,
    [property: Id(5)] string? CommuneCode = null)
{
    /// <summary>What the caller may read and change, as the domain's rules see it.</summary>
    public CallerScope Scope => new(UserId, DisplayName, Roles, ProvinceCode, DistrictCode, CommuneCode);

    /// <summary>The role a recorded action was taken in: the first of the caller's roles that allows it.</summary>
    public string RoleFor(string requiredRole) => Roles.Contains(requiredRole) ? requiredRole : Roles.FirstOrDefault() ?? "";
}
