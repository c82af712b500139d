namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>A province as a tenant of the platform, keyed by its 2-digit GSO code.</summary>
[Alias("ChuyenHoa.ITenantGrain")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the province's unit grains from the official data of an edition. Idempotent: a second call
    /// with the same edition changes nothing. Unknown codes and a change of edition are refused.
    /// </summary>
    [Alias("Onboard")]
    Task<TenantInfo> OnboardAsync(string editionId);

    /// <summary>The tenant, or null when the province has not been onboarded.</summary>
    [Alias("Get")]
    Task<TenantInfo?> GetAsync();

    /// <summary>The years the province has a conversion plan for, ascending.</summary>
    [Alias("GetPlanYears")]
    Task<IReadOnlyList<int>> GetPlanYearsAsync();

    /// <summary>Records that the province has a plan for the year; idempotent.</summary>
    [Alias("AddPlanYear")]
    Task AddPlanYearAsync(int year);
}
