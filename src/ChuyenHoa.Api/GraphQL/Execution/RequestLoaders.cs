using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>The batch loaders of one request: each fans a level's grain reads out at once instead of one by one.</summary>
public sealed class RequestLoaders(IGrainFactory grains)
{
    public BatchLoader<string, UnitInfo> Units { get; } = new("units", async (codes, _) =>
    {
        var units = await Task.WhenAll(codes.Select(code => grains.GetGrain<IAdministrativeUnitGrain>(code).GetAsync()));
        return units.OfType<UnitInfo>().ToDictionary(u => u.Code);
    });

    public BatchLoader<(string Unit, string Period), IReadOnlyList<IndicatorValueInfo>> Indicators { get; } = new("indicators", async (keys, _) =>
    {
        var values = await Task.WhenAll(keys.Select(k => grains.GetGrain<IUnitIndicatorsGrain>(k.Unit).GetValuesAsync(k.Period, [])));
        return keys.Zip(values).ToDictionary(p => p.First, p => p.Second);
    });

    public BatchLoader<Guid, ProposalInfo> Proposals { get; } = new("proposals", async (ids, _) =>
    {
        var proposals = await Task.WhenAll(ids.Select(id => grains.GetGrain<IRemovalProposalGrain>(id).GetAsync()));
        return proposals.OfType<ProposalInfo>().ToDictionary(p => p.Id);
    });

    public BatchLoader<(string Province, int Year), PlanInfo> Plans { get; } = new("plans", async (keys, _) =>
    {
        var plans = await Task.WhenAll(keys.Select(k => grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(k.Province, k.Year)).GetAsync()));
        return plans.OfType<PlanInfo>().ToDictionary(p => (p.ProvinceCode, p.Year));
    });
}
