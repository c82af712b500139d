namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>The list of onboarded provinces; one instance, key <see cref="Key"/>.</summary>
[Alias("ChuyenHoa.ITenantDirectoryGrain")]
public interface ITenantDirectoryGrain : IGrainWithIntegerKey
{
    const long Key = 0;

    [Alias("Register")]
    Task RegisterAsync(TenantInfo tenant);

    [Alias("List")]
    Task<IReadOnlyList<TenantInfo>> ListAsync();
}
