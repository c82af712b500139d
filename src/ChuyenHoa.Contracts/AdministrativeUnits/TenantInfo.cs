namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>A province onboarded as a tenant: which edition of the units it uses and how many it holds.</summary>
/// <param name="ProvinceCode">The province's 2-digit GSO code.</param>
/// <param name="ProvinceName">Its official name.</param>
/// <param name="EditionId">The edition of the official list of units it was onboarded with.</param>
/// <param name="UnitCount">How many units it holds: itself, its districts and its communes.</param>
/// <param name="OnboardedAt">When it was onboarded (UTC).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.TenantInfo")]
public sealed record TenantInfo(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string ProvinceName,
    [property: Id(2)] string EditionId,
    [property: Id(3)] int UnitCount,
    [property: Id(4)] DateTimeOffset OnboardedAt);
