using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The types of one designated commune (a commune may be of types 1, 3 and 4); none means the track's default.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.DesignationTypesInput")]
public sealed record DesignationTypesInput([property: Id(0)] string CommuneCode, [property: Id(1)] IReadOnlyList<DesignationKind> Types);
