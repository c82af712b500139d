using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;

namespace ChuyenHoa.Grains.AdministrativeUnits;

/// <summary>
/// A unit as its grain stores it. Its field ids and types are those of <see cref="UnitInfo"/>, which was stored in its
/// place up to 45cb814: the state field's type is not written (only its fields are), so that state loads as this record.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredUnit")]
public sealed record StoredUnit(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Kind,
    [property: Id(3)] UnitLevel Level,
    [property: Id(4)] string? ParentCode,
    [property: Id(5)] string ProvinceCode,
    [property: Id(6)] string EditionId,
    [property: Id(7)] IReadOnlyList<string> ChildCodes)
{
    public static StoredUnit From(UnitInfo unit) =>
        new(unit.Code, unit.Name, unit.Kind, unit.Level, unit.ParentCode, unit.ProvinceCode, unit.EditionId, [.. unit.ChildCodes]);

    public UnitInfo ToInfo() => new(Code, Name, Kind, Level, ParentCode, ProvinceCode, EditionId, ChildCodes);
}
