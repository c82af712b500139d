namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>A province onboarded as a tenant: which edition of the units it uses and how many it holds.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.TenantInfo")]
public sealed record TenantInfo(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string ProvinceName,
    [property: Id(2)] string EditionId,
    [property: Id(3)] int UnitCount,
    [property: Id(4)] DateTimeOffset OnboardedAt);
