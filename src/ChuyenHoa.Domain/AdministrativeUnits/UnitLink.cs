namespace ChuyenHoa.AdministrativeUnits;

/// <summary>
/// A unit on the other side of a change of edition: a predecessor of a new unit or a successor of an old one,
/// with the <see cref="UnitCoverage"/> of the old unit's part in the new one.
/// </summary>
public sealed record UnitLink(string Code, UnitCoverage Coverage);
