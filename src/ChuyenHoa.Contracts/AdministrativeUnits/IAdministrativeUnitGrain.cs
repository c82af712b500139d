namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>
/// One province, district or commune, keyed by the <see cref="ChuyenHoa.AdministrativeUnits.UnitKey.StorageKey"/> of its
/// (edition, code): the bare code in the three-level edition ("03718"), "2025:03703" in the two-level one. Levels are data, not types.
/// </summary>
[Alias("ChuyenHoa.IAdministrativeUnitGrain")]
public interface IAdministrativeUnitGrain : IGrainWithStringKey
{
    /// <summary>The unit, or null when no tenant has defined it.</summary>
    [Alias("Get")]
    Task<UnitInfo?> GetAsync();

    /// <summary>The direct children of the unit, in code order.</summary>
    [Alias("GetChildren")]
    Task<IReadOnlyList<UnitInfo>> GetChildrenAsync();

    /// <summary>
    /// Writes the unit's official data; returns false (and writes nothing) when it is already exactly that. A unit of another
    /// province or edition than the one stored, or of an edition other than the key's, is refused.
    /// </summary>
    [Alias("Define")]
    Task<bool> DefineAsync(UnitInfo unit);
}
