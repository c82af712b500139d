using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Security;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.Features.Units;

/// <summary>
/// The request's units (provinces, districts, communes) of any edition, each checked against the caller's scope: a unit the
/// caller may not see is null at any depth, and the loaders of the units' data (indicators, report histories, proposals)
/// ask here whether the caller may read it. Fans a level's grain reads out at once. Units are keyed by (edition, code); a
/// bare code is the three-level edition's, as before editions.
/// </summary>
/// <remarks>Grain reads take no token: the batch loader stops waiting for them when the request is cancelled.</remarks>
public sealed class UnitLoader(IGrainFactory grains, Caller? caller) : IRequestLoader<UnitLoader>, INodeLoader
{
    private readonly BatchLoader<UnitKey, UnitInfo> _units = new("units", async (keys, _) =>
    {
        var units = await Task.WhenAll(keys.Select(key => grains.GetGrain<IAdministrativeUnitGrain>(key.StorageKey).GetAsync()));
        return keys.Zip(units).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!);
    });

    // The onboarded provinces and their editions, read once per request and only by a request that needs them.
    private readonly Lazy<Task<IReadOnlyList<TenantInfo>>> _tenants = new(() => grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync());

    public static UnitLoader Create(GraphQLRequestContext request) => new(request.Grains, request.Caller);

    /// <summary>The unit's district in a three-level edition; null for a province and for a commune directly under one.</summary>
    public static string? DistrictOf(UnitInfo unit) => unit.GetDistrictCode();

    /// <summary>
    /// Whether the caller may see the unit at all: a province by its identity (<see cref="ChuyenHoa.Security.CallerScope.CanSeeProvince"/>),
    /// a district or commune only when they may read its data.
    /// </summary>
    public bool CanSee(UnitInfo unit) =>
        unit.Level == UnitLevel.Province ? caller?.Scope.CanSeeProvince(unit.Code) == true : CanReadDataOf(unit);

    /// <summary>Whether the caller may read what the unit holds (<see cref="UnitInfo.IsReadableBy"/>).</summary>
    public bool CanReadDataOf(UnitInfo unit) => caller?.Scope is { } scope && unit.IsReadableBy(scope);

    /// <summary>A unit the caller may see, of the given level when one is given; otherwise null.</summary>
    public IDataLoaderResult<UnitInfo?> Unit(UnitKey? key, UnitLevel? level = null) =>
        key is not { } known
            ? DataLoaderResults.Ready<UnitInfo?>(null)
            : _units.Load(known).Then(u => u is not null && (level is null || u.Level == level) && CanSee(u) ? u : null);

    /// <summary>A unit by "edition:code" or a bare code of the three-level edition (as codes were before editions); null when it is neither.</summary>
    public IDataLoaderResult<UnitInfo?> Unit(string? code, UnitLevel? level = null) => Unit(KeyOf(code), level);

    /// <summary>
    /// A unit by its code in the edition of its province's timeline in force on <paramref name="today"/>: the edition in force
    /// then if the province is onboarded on it, otherwise the latest earlier one it is onboarded on (a province still on the
    /// three-level edition, or a code only the old structure has). Null when no such edition has the unit.
    /// </summary>
    public async Task<UnitInfo?> InForceAsync(string code, UnitLevel level, DateOnly today, CancellationToken cancellationToken) =>
        await KeyInForceAsync(code, today, cancellationToken) is { } key ? await Unit(key, level).GetResultAsync(cancellationToken) : null;

    /// <summary>
    /// The key of <paramref name="code"/> in the edition of its province's timeline in force on <paramref name="date"/>, as
    /// <see cref="InForceAsync"/> chooses it, whether or not the caller may see the unit; null when no such edition has the code.
    /// </summary>
    public async Task<UnitKey?> KeyInForceAsync(string code, DateOnly date, CancellationToken cancellationToken)
    {
        var tenants = await _tenants.Value.WaitAsync(cancellationToken);
        var edition = DivisionEdition.All
            .Where(e => e.ValidFrom <= date)
            .OrderByDescending(e => e.ValidFrom)
            .FirstOrDefault(e => ProvinceOf(AdministrativeUnitCatalog.For(e), code) is { } province
                && tenants.Any(t => t.ProvinceCode == province && t.EditionId == e.Id));
        return edition is null ? null : UnitKey.Of(edition, code);
    }

    /// <summary>
    /// The unit of <paramref name="key"/> as onboarding stored it, from the official list and the tenants without a grain call: null
    /// unless its province is onboarded on the key's edition. Whether the caller may read it is still asked (<see cref="CanReadDataOf"/>).
    /// For the many predecessors of a two-level overview, where a grain read each would cost more than their values.
    /// </summary>
    public async Task<UnitInfo?> OnboardedAsync(UnitKey key, CancellationToken cancellationToken)
    {
        var catalog = AdministrativeUnitCatalog.For(key.Edition);
        if (catalog.Find(key.Code) is not { } unit || ProvinceOf(catalog, key.Code) is not { } province)
        {
            return null;
        }

        var tenants = await _tenants.Value.WaitAsync(cancellationToken);
        return tenants.Any(t => t.ProvinceCode == province && t.EditionId == key.Edition.Id) ? UnitInfo.FromCatalog(catalog, unit, province) : null;
    }

    /// <summary>The province of the unit <paramref name="code"/> of a catalog, itself for a province; null when the catalog has no such unit.</summary>
    private static string? ProvinceOf(AdministrativeUnitCatalog catalog, string code)
    {
        var unit = catalog.Find(code);
        while (unit?.ParentCode is { } parent)
        {
            unit = catalog.Find(parent);
        }

        return unit?.Code;
    }

    /// <summary>The units of the given level that the caller may see, in the order of the keys; the others are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<UnitInfo>> Units(IEnumerable<UnitKey> keys, UnitLevel level)
    {
        // Every load is registered now, so they go out in one batch with the rest of the level.
        var pending = keys.Select(key => Unit(key, level)).ToArray();
        return DataLoaderResults.Ready(pending).ThenAsync(async (loads, cancellationToken) =>
            (IReadOnlyList<UnitInfo>)(await Task.WhenAll(loads.Select(l => l.GetResultAsync(cancellationToken)))).OfType<UnitInfo>().ToArray());
    }

    /// <summary>The units of the given level that the caller may see, by code as <see cref="Unit(string?, UnitLevel?)"/> reads it.</summary>
    public IDataLoaderResult<IReadOnlyList<UnitInfo>> Units(IEnumerable<string> codes, UnitLevel level) =>
        Units(codes.Select(KeyOf).OfType<UnitKey>(), level);

    /// <summary>A unit whose data (indicators) the caller may read, or null: the root of a series or a table.</summary>
    public async Task<UnitInfo?> ReadableAsync(string code, CancellationToken cancellationToken)
    {
        var unit = await Unit(code).GetResultAsync(cancellationToken);
        return unit is not null && CanReadDataOf(unit) ? unit : null;
    }

    /// <summary>A unit's global id is <c>{level}:{storage key}</c>: the bare code for the three-level edition, as before editions, "2025:03703" otherwise.</summary>
    public IDataLoaderResult? LoadNode(string type, string key) =>
        type is "Province" or "District" or "Commune" && Enum.TryParse<UnitLevel>(type, out var level) ? Unit(key, level) : null;

    private static UnitKey? KeyOf(string? code) => UnitKey.TryParse(code, out var key, out _) ? key : null;
}
