namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>One province, district or commune, keyed by its GSO code. Levels are data, not types.</summary>
[Alias("ChuyenHoa.IAdministrativeUnitGrain")]
public interface IAdministrativeUnitGrain : IGrainWithStringKey
{
    /// <summary>The unit, or null when no tenant has defined it.</summary>
    [Alias("Get")]
    Task<UnitInfo?> GetAsync();

    /// <summary>The direct children of the unit, in code order.</summary>
    [Alias("GetChildren")]
    Task<IReadOnlyList<UnitInfo>> GetChildrenAsync();

    /// <summary>Writes the unit's official data; returns false (and writes nothing) when it is already exactly that.</summary>
    [Alias("Define")]
    Task<bool> DefineAsync(UnitInfo unit);
}
