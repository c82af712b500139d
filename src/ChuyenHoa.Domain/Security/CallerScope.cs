using static ChuyenHoa.Security.Roles;

namespace ChuyenHoa.Security;

/// <summary>
/// Who is calling and the slice of data they may touch: their province (the tenant) and, for a
/// district committee, their district. Each check answers for one unit; refusals use
/// <see cref="Errors.DomainError.Forbidden"/>, which says nothing about the unit asked for.
/// </summary>
public sealed record CallerScope(string UserId, string DisplayName, IReadOnlyList<string> Roles, string ProvinceCode, string? DistrictCode)
{
    public bool IsPlatformAdmin => HasRole(PlatformAdmin);

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// Whether the caller may read a unit's data: the province itself (<paramref name="districtCode"/>
    /// null) or a district or commune within it (<paramref name="districtCode"/> the unit's district).
    /// </summary>
    public bool CanReadUnit(string provinceCode, string? districtCode) =>
        provinceCode == ProvinceCode
        && (HasRole(ProvinceCommittee) || HasRole(Analyst)
            || (HasRole(DistrictCommittee) && districtCode is not null && districtCode == DistrictCode));

    /// <summary>
    /// Whether the caller may see a province's identity (code, name) and its plans' decisions (number, date,
    /// criteria): everyone who reads data in the province, a district committee included. What is inside, the
    /// province's totals and other districts' units, still needs <see cref="CanReadUnit"/>.
    /// </summary>
    public bool CanSeeProvince(string provinceCode) =>
        CanReadUnit(provinceCode, null) || (provinceCode == ProvinceCode && HasRole(DistrictCommittee) && DistrictCode is not null);

    /// <summary>Whether the caller may list a province's removal proposals: all of them, or a district committee its district's.</summary>
    public bool CanListProposals(string provinceCode) => CanReadUnit(provinceCode, DistrictCode);

    /// <summary>Whether the caller may submit indicator reports and proposals for the communes of a district.</summary>
    public bool CanSubmitForDistrict(string districtCode) =>
        HasRole(DistrictCommittee) && DistrictCode is not null && districtCode == DistrictCode;

    /// <summary>Whether the caller may approve, reject or return the proposals of a province.</summary>
    public bool CanDecide(string provinceCode) => HasRole(ProvinceCommittee) && provinceCode == ProvinceCode;

    /// <summary>Whether the caller may create a province's conversion plans and their removal criteria.</summary>
    public bool CanManagePlans(string provinceCode) => HasRole(ProvinceCommittee) && provinceCode == ProvinceCode;
}
