using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;

namespace ChuyenHoa.Grains.AdministrativeUnits;

public sealed class TenantDirectoryGrain(
    [PersistentState("tenants", StorageNames.Units)] IPersistentState<TenantDirectoryGrain.State> state) : Grain, ITenantDirectoryGrain
{
    public async Task RegisterAsync(TenantInfo tenant)
    {
        if (state.State.Tenants.TryGetValue(tenant.ProvinceCode, out var known) && known == tenant)
        {
            return;
        }

        state.State.Tenants[tenant.ProvinceCode] = tenant;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TenantInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TenantInfo>>(state.State.Tenants.Values.OrderBy(t => t.ProvinceCode, StringComparer.Ordinal).ToArray());

    [GenerateSerializer, Alias("ChuyenHoa.TenantDirectoryGrain.State")]
    public sealed class State
    {
        [Id(0)] public Dictionary<string, TenantInfo> Tenants { get; set; } = new(StringComparer.Ordinal);
    }
}
