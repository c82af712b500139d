namespace ChuyenHoa.Contracts.Conversion;

/// <summary>
/// A unit's monthly values changed: sent from a child to its parent. <see cref="Version"/> counts the child's
/// changes from 1 without gaps, so the parent applies each exactly once, whatever is retried.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.UnitChange")]
public sealed record UnitChange(
    [property: Id(0)] string ChildCode,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<ValueDelta> Deltas);
