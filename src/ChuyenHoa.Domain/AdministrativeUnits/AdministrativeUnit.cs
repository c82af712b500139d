namespace ChuyenHoa.AdministrativeUnits;

/// <summary>One official GSO unit: its code, name without the level word, the level word
/// (<see cref="Kind"/>, e.g. "Xã", "Huyện", "Tỉnh"), its level and its parent.</summary>
public sealed record AdministrativeUnit(
    string Code,
    string Name,
    string Kind,
    UnitLevel Level,
    string? ParentCode)
{
    /// <summary>The name as people write it, e.g. "Xã Chiềng Khoang".</summary>
    public string FullName => $"{Kind} {Name}";
}
