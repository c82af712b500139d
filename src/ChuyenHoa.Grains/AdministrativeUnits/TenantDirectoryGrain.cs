using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;

namespace ChuyenHoa.Grains.AdministrativeUnits;

public sealed class TenantDirectoryGrain(
    [PersistentState("tenants", StorageNames.Units)] IPersistentState<TenantDirectoryGrain.State> state) : Grain, ITenantDirectoryGrain
{
    public async Task RegisterAsync(TenantInfo tenant)
    {
        var stored = StoredTenant.From(tenant);
        if (state.State.Tenants.TryGetValue(tenant.ProvinceCode, out var known) && known == stored)
        {
            return;
        }

        state.State.Tenants[tenant.ProvinceCode] = stored;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TenantInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TenantInfo>>(state.State.Tenants.Values.OrderBy(t => t.ProvinceCode, StringComparer.Ordinal).Select(t => t.ToInfo()).ToArray());

    [GenerateSerializer, Alias("ChuyenHoa.TenantDirectoryGrain.State")]
    public sealed class State
    {
        [Id(0)] public Dictionary<string, StoredTenant> Tenants { get; set; } = new(StringComparer.Ordinal);
    }
}
