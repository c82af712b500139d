using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A designated commune of the plan's edition whose designation passed, wholly or in part, to a successor.</summary>
/// <param name="CommuneCode">The designated commune's code, in the plan's edition.</param>
/// <param name="Coverage">How much of it went into the successor.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CarriedFromInfo")]
public sealed record CarriedFromInfo([property: Id(0)] string CommuneCode, [property: Id(1)] UnitCoverage Coverage);
