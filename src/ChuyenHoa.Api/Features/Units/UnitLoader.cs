using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// The loaders of one request, one per object kind, each checking the caller's scope: every resolver, root or
/// nested, and <c>node(id:)</c> get units, plans, proposals, indicator values and report histories only from here,
/// so an object the caller may not read is null (or an empty list) at any depth. Each fans a level's grain reads out
/// at once instead of one by one.
/// </summary>
public sealed class RequestLoaders
{
    private readonly Caller? _caller;
    private readonly BatchLoader<string, UnitInfo> _units;
    private readonly BatchLoader<(string Unit, string Period), IReadOnlyList<IndicatorValueInfo>> _indicators;
    private readonly BatchLoader<string, IReadOnlyList<ReportRevision>> _reportHistories;
    private readonly BatchLoader<Guid, ProposalInfo> _proposals;
    private readonly BatchLoader<(string Province, int Year), PlanInfo> _plans;

    /// <remarks>Grain reads take no token: the batch loader stops waiting for them when the request is cancelled.</remarks>
    public RequestLoaders(IGrainFactory grains, Caller? caller)
    {
        _caller = caller;
        _units = new("units", async (codes, _) =>
        {
            var units = await Task.WhenAll(codes.Select(code => grains.GetGrain<IAdministrativeUnitGrain>(code).GetAsync()));
            return units.OfType<UnitInfo>().ToDictionary(u => u.Code);
        });
        _indicators = new("indicators", async (keys, _) =>
        {
            var values = await Task.WhenAll(keys.Select(k => grains.GetGrain<IUnitIndicatorsGrain>(k.Unit).GetValuesAsync(k.Period, [])));
            return keys.Zip(values).ToDictionary(p => p.First, p => p.Second);
        });
        _reportHistories = new("report-histories", async (codes, _) =>
        {
            var histories = await Task.WhenAll(codes.Select(code => grains.GetGrain<IUnitIndicatorsGrain>(code).GetHistoryAsync()));
            return codes.Zip(histories).ToDictionary(p => p.First, p => p.Second);
        });
        _proposals = new("proposals", async (ids, _) =>
        {
            var proposals = await Task.WhenAll(ids.Select(id => grains.GetGrain<IRemovalProposalGrain>(id).GetAsync()));
            return proposals.OfType<ProposalInfo>().ToDictionary(p => p.Id);
        });
        _plans = new("plans", async (keys, _) =>
        {
            var plans = await Task.WhenAll(keys.Select(k => grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(k.Province, k.Year)).GetAsync()));
            return plans.OfType<PlanInfo>().ToDictionary(p => (p.ProvinceCode, p.Year));
        });
    }

    /// <summary>The unit's district in a three-level edition; null for a province and for a commune directly under one.</summary>
    public static string? DistrictOf(UnitInfo unit) => unit.Level switch
    {
        UnitLevel.District => unit.Code,
        UnitLevel.Commune when unit.ParentCode != unit.ProvinceCode => unit.ParentCode,
        _ => null,
    };

    /// <summary>
    /// Whether the caller may see the unit at all: a province by its identity (<see cref="ChuyenHoa.Security.CallerScope.CanSeeProvince"/>),
    /// a district or commune only when they may read its data.
    /// </summary>
    public bool CanSee(UnitInfo unit) =>
        unit.Level == UnitLevel.Province ? _caller?.Scope.CanSeeProvince(unit.Code) == true : CanReadDataOf(unit);

    /// <summary>Whether the caller may read what the unit holds: indicators, report history, proposals.</summary>
    public bool CanReadDataOf(UnitInfo unit) => _caller?.Scope.CanReadUnit(unit.ProvinceCode, DistrictOf(unit)) == true;

    /// <summary>Whether the caller may read a proposal (or a proposal summary) of a district.</summary>
    public bool CanReadProposalOf(string provinceCode, string districtCode) => _caller?.Scope.CanReadUnit(provinceCode, districtCode) == true;

    /// <summary>A unit the caller may see, of the given level when one is given; otherwise null.</summary>
    public IDataLoaderResult<UnitInfo?> Unit(string? code, UnitLevel? level = null) =>
        code is null
            ? DataLoaderResults.Ready<UnitInfo?>(null)
            : _units.Load(code).Then(u => u is not null && (level is null || u.Level == level) && CanSee(u) ? u : null);

    /// <summary>The units of the given level that the caller may see, in the order of the codes; the others are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<UnitInfo>> Units(IEnumerable<string> codes, UnitLevel level)
    {
        // Every load is registered now, so they go out in one batch with the rest of the level.
        var pending = codes.Select(code => Unit(code, level)).ToArray();
        return DataLoaderResults.Ready(pending).ThenAsync(async (loads, cancellationToken) =>
            (IReadOnlyList<UnitInfo>)(await Task.WhenAll(loads.Select(l => l.GetResultAsync(cancellationToken)))).OfType<UnitInfo>().ToArray());
    }

    /// <summary>The unit's indicator values for a period; empty when the caller may not read its data (a province's totals for a district).</summary>
    public IDataLoaderResult<IReadOnlyList<IndicatorValueInfo>> Indicators(UnitInfo unit, string period) =>
        CanReadDataOf(unit)
            ? _indicators.Load((unit.Code, period)).Then(values => values ?? [])
            : DataLoaderResults.Ready<IReadOnlyList<IndicatorValueInfo>>([]);

    /// <summary>Every change to the unit's reported values; empty when the caller may not read its data.</summary>
    public IDataLoaderResult<IReadOnlyList<ReportRevision>> ReportHistory(UnitInfo unit) =>
        CanReadDataOf(unit)
            ? _reportHistories.Load(unit.Code).Then(history => history ?? [])
            : DataLoaderResults.Ready<IReadOnlyList<ReportRevision>>([]);

    /// <summary>A proposal the caller may read, or null.</summary>
    public IDataLoaderResult<ProposalInfo?> Proposal(Guid id) =>
        _proposals.Load(id).Then(p => p is not null && CanReadProposalOf(p.ProvinceCode, p.DistrictCode) ? p : null);

    /// <summary>
    /// A province's plan of a year as the caller may see it: whole for those who read the province, with only the
    /// designations of communes they may read for a district committee; null for anyone else.
    /// </summary>
    public IDataLoaderResult<PlanInfo?> Plan(string provinceCode, int year) =>
        _caller?.Scope.CanSeeProvince(provinceCode) == true
            ? _plans.Load((provinceCode, year)).ThenAsync(VisiblePartAsync)
            : DataLoaderResults.Ready<PlanInfo?>(null);

    /// <summary>The part of a plan the caller may see (see <see cref="Plan"/>), for a plan that a mutation returns.</summary>
    public IDataLoaderResult<PlanInfo?> Visible(PlanInfo? plan) =>
        plan is not null && _caller?.Scope.CanSeeProvince(plan.ProvinceCode) == true
            ? DataLoaderResults.Ready<PlanInfo?>(plan).ThenAsync(VisiblePartAsync)
            : DataLoaderResults.Ready<PlanInfo?>(null);

    /// <summary>The proposal when the caller may read it, for a proposal that a mutation or an event returns.</summary>
    public ProposalInfo? Visible(ProposalInfo? proposal) =>
        proposal is not null && CanReadProposalOf(proposal.ProvinceCode, proposal.DistrictCode) ? proposal : null;

    private async Task<PlanInfo?> VisiblePartAsync(PlanInfo? plan, CancellationToken cancellationToken)
    {
        if (plan is null || _caller!.Scope.CanReadUnit(plan.ProvinceCode, null))
        {
            return plan;
        }

        // Loaded all at once, so the communes of a plan are one batch.
        var communes = await Units(plan.Designations.Select(d => d.CommuneCode), UnitLevel.Commune).GetResultAsync(cancellationToken);
        var readable = communes.Where(c => c.ProvinceCode == plan.ProvinceCode).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return plan with { Designations = [.. plan.Designations.Where(d => readable.Contains(d.CommuneCode))] };
    }
}
