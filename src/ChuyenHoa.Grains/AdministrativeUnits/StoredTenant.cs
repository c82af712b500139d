using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;

namespace ChuyenHoa.Grains.AdministrativeUnits;

/// <summary>
/// An onboarded province as the tenant grain and the directory store it. Its field ids and types are those of
/// <see cref="TenantInfo"/>, which was stored in its place up to 45cb814, so that state loads as this record.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredTenant")]
public sealed record StoredTenant(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string ProvinceName,
    [property: Id(2)] string EditionId,
    [property: Id(3)] int UnitCount,
    [property: Id(4)] DateTimeOffset OnboardedAt)
{
    public static StoredTenant From(TenantInfo tenant) => new(tenant.ProvinceCode, tenant.ProvinceName, tenant.EditionId, tenant.UnitCount, tenant.OnboardedAt);

    /// <summary>The province's identity in the edition this record is about.</summary>
    public UnitKey Key => new(DivisionEdition.Find(EditionId) ?? throw new InvalidOperationException($"Tenant {ProvinceCode} has the unknown edition {EditionId}."), ProvinceCode);

    public TenantInfo ToInfo() => new(ProvinceCode, ProvinceName, EditionId, UnitCount, OnboardedAt);
}
