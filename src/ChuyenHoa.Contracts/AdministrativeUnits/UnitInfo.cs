using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>What a unit grain knows of itself: the official data of its edition and the province (tenant) it belongs to.</summary>
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
    public string FullName => $"{Kind} {Name}";

    /// <summary>Value equality including the child list, so defining a unit twice is a no-op.</summary>
    public bool SameAs(UnitInfo other) =>
        this with { ChildCodes = [] } == other with { ChildCodes = [] } && ChildCodes.SequenceEqual(other.ChildCodes);
}
