using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Security;

namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>What a unit grain knows of itself: the official data of its edition and the province (tenant) it belongs to.</summary>
/// <param name="Code">The unit's GSO code: 2 digits (province), 3 (district) or 5 (commune).</param>
/// <param name="Name">The official name without its kind, e.g. <c>Chiềng Khoang</c>.</param>
/// <param name="Kind">The kind of unit as named officially, e.g. <c>Xã</c>, <c>Huyện</c>, <c>Tỉnh</c>.</param>
/// <param name="Level">Province, district or commune.</param>
/// <param name="ParentCode">The code of the unit it belongs to; null for a province.</param>
/// <param name="ProvinceCode">The province (tenant) it belongs to; its own code for a province.</param>
/// <param name="EditionId">The edition of the official list the data comes from, e.g. <c>2024</c>.</param>
/// <param name="ChildCodes">The codes of its direct children, in code order.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.UnitInfo")]
public sealed record UnitInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Kind,
    [property: Id(3)] UnitLevel Level,
    [property: Id(4)] string? ParentCode,
    [property: Id(5)] string ProvinceCode,
    [property: Id(6)] string EditionId,
    [property: Id(7)] IReadOnlyList<string> ChildCodes)
{
    /// <summary>A unit as onboarding the province (tenant) <paramref name="provinceCode"/> defines it from the official list of an edition.</summary>
    public static UnitInfo FromCatalog(AdministrativeUnitCatalog catalog, AdministrativeUnit unit, string provinceCode) =>
        new(unit.Code, unit.Name, unit.Kind, unit.Level, unit.ParentCode, provinceCode, catalog.Edition.Id, catalog.ChildrenOf(unit.Code));

    /// <summary>Kind and name as people say it, e.g. <c>Xã Chiềng Khoang</c>.</summary>
    public string FullName => $"{Kind} {Name}";

    /// <summary>
    /// The identity of this unit (<see cref="Code"/>) or of another unit of its edition (the parent, a child); grains are keyed
    /// by its <see cref="UnitKey.StorageKey"/>.
    /// </summary>
    public UnitKey KeyOf(string code) =>
        new(DivisionEdition.Find(EditionId) ?? throw new InvalidOperationException($"Unit {Code} has the unknown edition {EditionId}."), code);

    /// <summary>
    /// The unit's district: itself for a district, its parent for a three-level commune; null for a province and a two-level
    /// commune. A method, not a property, so that the record's serialized shape stays what it was.
    /// </summary>
    public string? GetDistrictCode() => Level switch
    {
        UnitLevel.District => Code,
        UnitLevel.Commune when ParentCode != ProvinceCode => ParentCode,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="scope"/> may read what the unit holds: indicators, report history, proposals, reporting status.
    /// A commune committee reads its own commune and the 2024 communes it was made from
    /// (<see cref="CallerScope.IsOwnCommuneOrOneItWasMadeFrom"/>); the province-wide roles of a merged province read its old
    /// provinces too (<see cref="CallerScope.ReadsProvince"/>).
    /// </summary>
    public bool IsReadableBy(CallerScope scope) =>
        scope.CanReadUnit(ProvinceCode, GetDistrictCode())
        || (Level == UnitLevel.Commune && scope.IsOwnCommuneOrOneItWasMadeFrom(KeyOf(Code), ProvinceCode));

    /// <summary>Value equality including the child list, so defining a unit twice is a no-op.</summary>
    public bool SameAs(UnitInfo other) =>
        this with { ChildCodes = [] } == other with { ChildCodes = [] } && ChildCodes.SequenceEqual(other.ChildCodes);
}
