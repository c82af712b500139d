using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;

namespace ChuyenHoa.Grains.AdministrativeUnits;

public sealed class TenantDirectoryGrain(
    [PersistentState("tenants", StorageNames.Units)] IPersistentState<TenantDirectoryGrain.State> state) : Grain, ITenantDirectoryGrain
{
    public async Task RegisterAsync(TenantInfo tenant)
    {
        var stored = StoredTenant.From(tenant);
        var key = stored.Key.StorageKey;
        if (state.State.Tenants.TryGetValue(key, out var known) && known == stored)
        {
            return;
        }

        state.State.Tenants[key] = stored;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TenantInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TenantInfo>>(state.State.Tenants.Values
            .OrderBy(t => t.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Edition.ValidFrom)
            .Select(t => t.ToInfo())
            .ToArray());

    [GenerateSerializer, Alias("ChuyenHoa.TenantDirectoryGrain.State")]
    public sealed class State
    {
        /// <summary>Keyed by the <see cref="UnitKey.StorageKey"/> of the province in its edition: the bare code for 2024, as before editions.</summary>
        [Id(0)] public Dictionary<string, StoredTenant> Tenants { get; set; } = new(StringComparer.Ordinal);
    }
}
