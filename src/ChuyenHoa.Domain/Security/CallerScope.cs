using ChuyenHoa.AdministrativeUnits;
using static ChuyenHoa.Security.Roles;

namespace ChuyenHoa.Security;

/// <summary>
/// Who is calling and the slice of data they may touch: their province (the tenant) and, for a
/// district committee, their district, for a commune committee, their commune. Each check answers for one unit; refusals use
/// <see cref="Errors.DomainError.Forbidden"/>, which says nothing about the unit asked for.
/// </summary>
public sealed record CallerScope(string UserId, string DisplayName, IReadOnlyList<string> Roles, string ProvinceCode, string? DistrictCode, string? CommuneCode = null)
{
    public bool IsPlatformAdmin => HasRole(PlatformAdmin);

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// Whether the caller may read a unit's data: the province itself (<paramref name="districtCode"/>
    /// null) or a district or commune within it (<paramref name="districtCode"/> the unit's district). The province-wide
    /// roles read the provinces of their tenant (<see cref="ReadsProvince"/>), a merged province's predecessors included;
    /// a district committee only its district of its own province.
    /// </summary>
    public bool CanReadUnit(string provinceCode, string? districtCode) =>
        ((HasRole(ProvinceCommittee) || HasRole(Analyst) || HasRole(ProvincePolice)) && ReadsProvince(provinceCode))
        || (provinceCode == ProvinceCode && HasRole(DistrictCommittee) && districtCode is not null && districtCode == DistrictCode);

    /// <summary>
    /// Whether the caller may read a commune's data: whoever reads its district (<paramref name="districtCode"/>, null in the
    /// two-level structure) or province, and the commune's own committee.
    /// </summary>
    public bool CanReadCommune(string provinceCode, string? districtCode, string communeCode) =>
        CanReadUnit(provinceCode, districtCode) || (provinceCode == ProvinceCode && districtCode is null && CanSubmitForCommune(communeCode));

    /// <summary>
    /// Whether a commune committee reads <paramref name="commune"/> of <paramref name="provinceCode"/> as its own. Its claim names
    /// a commune of the two-level edition where that edition has the code in its province: it then reads that commune and, for
    /// its history, the three-level communes it was made from (in whichever of its tenant's old provinces they lay); a three-level
    /// code alone says nothing, since codes were reused with another meaning. A claim only the three-level edition has (a commune
    /// of a province still on 2024, like Chiềng Khoang 03718) names that three-level commune.
    /// </summary>
    public bool IsOwnCommuneOrOneItWasMadeFrom(UnitKey commune, string provinceCode)
    {
        if (!HasRole(CommuneCommittee) || CommuneCode is not { } own || !ReadsProvince(provinceCode))
        {
            return false;
        }

        var mapping = EditionMapping.From2024To2025;
        var claimIsTwoLevel = AdministrativeUnitCatalog.For(mapping.To).Find(own) is { Level: UnitLevel.Commune } named && named.ParentCode == ProvinceCode;
        return commune.Edition == mapping.To || !claimIsTwoLevel
            ? provinceCode == ProvinceCode && commune.Code == own
            : mapping.PredecessorsOf(own).Any(p => p.Code == commune.Code);
    }

    /// <summary>
    /// Whether the caller's tenant holds units of <paramref name="provinceCode"/>: its own province and, for a province of 2025
    /// merged from old ones, those old provinces, whose history it reads (<see cref="TenantTimeline.PredecessorProvinces"/>, from
    /// the GSO mapping, whether or not they are onboarded). Every old province went whole into one new province and every new
    /// province kept the code of one of its own old ones, so another province's code here names three-level units only.
    /// </summary>
    public bool ReadsProvince(string provinceCode) =>
        provinceCode == ProvinceCode || TenantTimeline.Find(ProvinceCode)?.PredecessorProvinces.Contains(provinceCode, StringComparer.Ordinal) == true;

    /// <summary>
    /// Whether the caller may see a province's identity (code, name) and its plans' decisions (number, date,
    /// criteria): everyone who reads data in the province, a district committee its own province, a commune committee the
    /// provinces of its tenant (those of the communes its commune was made from). What is inside, the province's totals and
    /// other districts' units, still needs <see cref="CanReadUnit"/>.
    /// </summary>
    public bool CanSeeProvince(string provinceCode) =>
        CanReadUnit(provinceCode, null)
        || (provinceCode == ProvinceCode && HasRole(DistrictCommittee) && DistrictCode is not null)
        || (HasRole(CommuneCommittee) && CommuneCode is not null && ReadsProvince(provinceCode));

    /// <summary>
    /// Whether the caller may list a province's removal proposals: all of them, or a district committee its district's, or a
    /// commune committee its commune's (the list is then filtered with <see cref="CanReadCommune"/>).
    /// </summary>
    public bool CanListProposals(string provinceCode) =>
        CanReadUnit(provinceCode, DistrictCode) || (provinceCode == ProvinceCode && HasRole(CommuneCommittee) && CommuneCode is not null);

    /// <summary>Whether the caller may submit indicator reports and proposals for the communes of a district.</summary>
    public bool CanSubmitForDistrict(string districtCode) =>
        HasRole(DistrictCommittee) && DistrictCode is not null && districtCode == DistrictCode;

    /// <summary>Whether the caller may submit indicator reports and proposals for a commune (two-level structure).</summary>
    public bool CanSubmitForCommune(string communeCode) =>
        HasRole(CommuneCommittee) && CommuneCode is not null && communeCode == CommuneCode;

    /// <summary>Whether the caller may review (endorse or return) the proposals of a province before its decision.</summary>
    public bool CanEndorse(string provinceCode) => HasRole(ProvincePolice) && provinceCode == ProvinceCode;

    /// <summary>Whether the caller may approve, reject or return the proposals of a province.</summary>
    public bool CanDecide(string provinceCode) => HasRole(ProvinceCommittee) && provinceCode == ProvinceCode;

    /// <summary>Whether the caller may create a province's conversion plans and their removal criteria.</summary>
    public bool CanManagePlans(string provinceCode) => HasRole(ProvinceCommittee) && provinceCode == ProvinceCode;

    /// <summary>
    /// Whether the caller holds <paramref name="role"/> with a scope that covers the commune <paramref name="communeCode"/> (of
    /// <paramref name="districtCode"/>, null in the two-level structure) in <paramref name="provinceCode"/>: the step of an approval
    /// chain that role takes. Roles that take no step (Analyst, Platform.Admin) cover nothing.
    /// </summary>
    public bool CanActAs(string role, string provinceCode, string? districtCode, string communeCode) =>
        provinceCode == ProvinceCode && role switch
        {
            DistrictCommittee => districtCode is not null && CanSubmitForDistrict(districtCode),
            // A commune committee takes the step for a commune of the two-level structure only (one with no district).
            CommuneCommittee => districtCode is null && CanSubmitForCommune(communeCode),
            ProvincePolice => CanEndorse(provinceCode),
            ProvinceCommittee => CanDecide(provinceCode),
            _ => false,
        };
}
