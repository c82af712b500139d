using ChuyenHoa.Security;

namespace ChuyenHoa.Contracts.Security;

/// <summary>Who makes a call, passed with every grain call that changes state so that grains check scope again.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Caller")]
public sealed record Caller(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] string ProvinceCode,
    [property: Id(4)] string? DistrictCode)
{
    public CallerScope Scope => new(UserId, DisplayName, Roles, ProvinceCode, DistrictCode);

    /// <summary>The role a recorded action was taken in: the first of the caller's roles that allows it.</summary>
    public string RoleFor(string requiredRole) => Roles.Contains(requiredRole) ? requiredRole : Roles.FirstOrDefault() ?? "";
}
