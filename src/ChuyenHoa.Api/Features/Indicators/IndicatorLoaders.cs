using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>The request's indicator values of a unit in a period; empty when the caller may not read the unit's data (a province's totals for a district).</summary>
/// <remarks>Units' indicator grains are keyed like their unit grains, by <see cref="ChuyenHoa.AdministrativeUnits.UnitKey.StorageKey"/>.</remarks>
public sealed class IndicatorValueLoader(IGrainFactory grains, UnitLoader units) : IRequestLoader<IndicatorValueLoader>
{
    private readonly BatchLoader<(string Unit, string Period), IReadOnlyList<IndicatorValueInfo>> _values = new("indicators", async (keys, _) =>
    {
        var values = await Task.WhenAll(keys.Select(k => grains.GetGrain<IUnitIndicatorsGrain>(k.Unit).GetValuesAsync(k.Period, [])));
        return keys.Zip(values).ToDictionary(p => p.First, p => p.Second);
    });

    public static IndicatorValueLoader Create(GraphQLRequestContext request) => new(request.Grains, request.Loader<UnitLoader>());

    /// <summary>The unit's values for a period (in its canonical text, such as 2023-Q4).</summary>
    public IDataLoaderResult<IReadOnlyList<IndicatorValueInfo>> Values(UnitInfo unit, string period) =>
        units.CanReadDataOf(unit)
            ? _values.Load((unit.KeyOf(unit.Code).StorageKey, period)).Then(values => values ?? [])
            : DataLoaderResults.Ready<IReadOnlyList<IndicatorValueInfo>>([]);
}

/// <summary>The request's report histories: every change to a commune's reported values; empty when the caller may not read its data.</summary>
public sealed class ReportHistoryLoader(IGrainFactory grains, UnitLoader units) : IRequestLoader<ReportHistoryLoader>
{
    private readonly BatchLoader<string, IReadOnlyList<ReportRevision>> _histories = new("report-histories", async (codes, _) =>
    {
        var histories = await Task.WhenAll(codes.Select(code => grains.GetGrain<IUnitIndicatorsGrain>(code).GetHistoryAsync()));
        return codes.Zip(histories).ToDictionary(p => p.First, p => p.Second);
    });

    public static ReportHistoryLoader Create(GraphQLRequestContext request) => new(request.Grains, request.Loader<UnitLoader>());

    public IDataLoaderResult<IReadOnlyList<ReportRevision>> History(UnitInfo unit) =>
        units.CanReadDataOf(unit)
            ? _histories.Load(unit.KeyOf(unit.Code).StorageKey).Then(history => history ?? [])
            : DataLoaderResults.Ready<IReadOnlyList<ReportRevision>>([]);
}
