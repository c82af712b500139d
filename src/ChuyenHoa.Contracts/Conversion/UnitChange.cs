namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// A unit's monthly values changed: sent from a child to its parent. <see cref="Version"/> counts the child's
/// changes from 1 without gaps, so the parent applies each exactly once, whatever is retried.
/// </summary>
/// <param name="ChildCode">The child unit's GSO code.</param>
/// <param name="Version">The child's change number, from 1.</param>
/// <param name="Deltas">The monthly values it changed.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.UnitChange")]
public sealed record UnitChange(
    [property: Id(0)] string ChildCode,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<ValueDelta> Deltas);
