using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Api.Authentication;

/// <summary>Checks a caller's province, district and commune against the official GSO units of every division edition.</summary>
public static class AdministrativeScopes
{
    public static bool IsProvince(string code) =>
        DivisionEdition.All.Any(e => AdministrativeUnitCatalog.For(e).Find(code) is { Level: UnitLevel.Province });

    /// <summary>Whether a district of some edition lies in the province (only the 2024 edition has districts).</summary>
    public static bool IsDistrictOf(string districtCode, string provinceCode) =>
        DivisionEdition.All.Any(e => AdministrativeUnitCatalog.For(e).Find(districtCode) is { Level: UnitLevel.District } district
            && district.ParentCode == provinceCode);

    /// <summary>Whether a commune of some edition lies in the province (directly in the 2025 edition, through its district in 2024).</summary>
    public static bool IsCommuneOf(string communeCode, string provinceCode) =>
        DivisionEdition.All.Any(e => AdministrativeUnitCatalog.For(e) is var units
            && units.Find(communeCode) is { Level: UnitLevel.Commune, ParentCode: { } parent }
            && (parent == provinceCode || units.Find(parent)?.ParentCode == provinceCode));
}
