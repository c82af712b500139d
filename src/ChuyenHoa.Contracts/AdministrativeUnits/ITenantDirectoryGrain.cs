namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>The list of onboarded provinces; one instance, key <see cref="Key"/>.</summary>
[Alias("ChuyenHoa.ITenantDirectoryGrain")]
public interface ITenantDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the one directory grain.</summary>
    const long Key = 0;

    /// <summary>Adds or updates a province in one edition; called by its tenant grain when it is onboarded on it. Idempotent.</summary>
    [Alias("Register")]
    Task RegisterAsync(TenantInfo tenant);

    /// <summary>Every onboarded province, once per edition it was onboarded on, in code order, then earliest edition first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<TenantInfo>> ListAsync();
}
