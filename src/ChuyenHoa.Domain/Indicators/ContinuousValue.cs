using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Indicators;

/// <summary>
/// A unit's value over a period that may reach back before its edition: the value, where it comes from, and for the part
/// before the edition each predecessor's own value over it (null where it reported nothing), so that a reader sees what was
/// summed, or, when <see cref="Coverage"/> is <see cref="ValueCoverage.Partial"/>, what could not be.
/// </summary>
public sealed record ContinuousValue(long? Value, ValueCoverage Coverage, IReadOnlyList<PredecessorContribution> Contributions);

/// <summary>A predecessor's value over the months before the edition, and the coverage of its part in the new unit.</summary>
public sealed record PredecessorContribution(string Code, UnitCoverage Coverage, long? Value);
