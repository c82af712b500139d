using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>
/// The request's indicator values of a unit in a period; empty when the caller may not read the unit's data (a province's totals
/// for a district). A unit of the two-level edition whose period, or the same period a year earlier, reaches before 1 Jul 2025
/// takes the months before it from its predecessors (<see cref="EditionContinuity"/>), each read only when the caller may read it,
/// as any unit is (whoever reads a two-level unit reads every unit it was made from: <see cref="ChuyenHoa.Security.CallerScope"/>).
/// </summary>
/// <remarks>Units' indicator grains are keyed like their unit grains, by <see cref="UnitKey.StorageKey"/>.</remarks>
public sealed class IndicatorValueLoader : IRequestLoader<IndicatorValueLoader>
{
    private readonly UnitLoader _units;
    private readonly BatchLoader<(string Unit, string Period, IndicatorSelection Indicators), IReadOnlyList<IndicatorValueInfo>> _values;
    private readonly BatchLoader<(UnitKey Unit, IndicatorSelection Indicators), UnitMonths> _histories;

    public IndicatorValueLoader(IGrainFactory grains, UnitLoader units)
    {
        _units = units;
        _values = new("indicators", async (keys, _) =>
        {
            var values = await Task.WhenAll(keys.Select(k =>
                grains.GetGrain<IUnitIndicatorsGrain>(k.Unit).GetValuesAsync(k.Period, k.Indicators.GrainCodes)));
            return keys.Zip(values).ToDictionary(p => p.First, p => p.Second);
        });
        _histories = new("indicator-histories", (keys, cancellationToken) => HistoriesAsync(grains, units, keys, cancellationToken));
    }

    public static IndicatorValueLoader Create(GraphQLRequestContext request) => new(request.Grains, request.Loader<UnitLoader>());

    /// <summary>
    /// The unit's values for a period (in its canonical text, such as 2023-Q4): those of <paramref name="indicators"/> that the
    /// catalog knows, or all when none are named. Only those are computed: a province's overview asks four of its communes'.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<IndicatorValueView>> Values(UnitInfo unit, string period, IReadOnlyCollection<string>? indicators = null)
    {
        var selection = IndicatorSelection.Of(indicators);
        // Only codes the catalog does not know give no value, so nothing is read (an empty list would mean all to the grain).
        if (!_units.CanReadDataOf(unit) || selection.Definitions.Count == 0)
        {
            return DataLoaderResults.Ready<IReadOnlyList<IndicatorValueView>>([]);
        }

        var key = unit.KeyOf(unit.Code);
        var parsed = Period.Parse(period);
        return ReachesBeforeEdition(key, parsed)
            ? _histories.Load((key, selection)).Then(history => Continuous(history!, parsed, selection))
            : _values.Load((key.StorageKey, period, selection)).Then(values => (IReadOnlyList<IndicatorValueView>)[.. (values ?? []).Select(IndicatorValueView.Of)]);
    }

    /// <summary>Whether the values of the period or of the same span a year earlier lie partly before the unit's edition began.</summary>
    private static bool ReachesBeforeEdition(UnitKey unit, Period period) =>
        unit.Edition == EditionMapping.From2024To2025.To && period.Months[0].SamePeriodPreviousYear < EditionContinuity.CutOverMonth;

    private static IReadOnlyList<IndicatorValueView> Continuous(UnitMonths history, Period period, IndicatorSelection selection) =>
    [
        .. selection.Definitions.Select(indicator => IndicatorValueView.Of(EditionContinuity.Compare(
            indicator, period, history.Own.Of(indicator.Code), [.. history.Predecessors.Select(p => new PredecessorValues(p.Link, p.Months.Of(indicator.Code)))]))),
    ];

    /// <summary>
    /// The months of each two-level unit and of its predecessors, of the indicators asked only: each predecessor is checked against
    /// the caller's scope as the official list and the tenants define it (no grain read per predecessor), then every month list is
    /// read at once.
    /// </summary>
    private static async Task<IReadOnlyDictionary<(UnitKey Unit, IndicatorSelection Indicators), UnitMonths>> HistoriesAsync(
        IGrainFactory grains, UnitLoader units, IReadOnlyList<(UnitKey Unit, IndicatorSelection Indicators)> keys, CancellationToken cancellationToken)
    {
        var mapping = EditionMapping.From2024To2025;
        var links = keys.Select(k => k.Unit).Distinct()
            .ToDictionary(key => key, key => mapping.PredecessorsOf(key.Code).Select(link => (Link: link, Key: new UnitKey(mapping.From, link.Code))).ToArray());
        var readable = new HashSet<UnitKey>();
        foreach (var key in links.Values.SelectMany(l => l).Select(l => l.Key).Distinct())
        {
            // A predecessor not onboarded has no values either; one the caller may not read is never read.
            if (await units.OnboardedAsync(key, cancellationToken) is { } predecessor && units.CanReadDataOf(predecessor))
            {
                readable.Add(key);
            }
        }

        var read = keys.Concat(keys.SelectMany(k => links[k.Unit].Where(l => readable.Contains(l.Key)).Select(l => (Unit: l.Key, k.Indicators)))).Distinct().ToArray();
        var months = await Task.WhenAll(read.Select(k =>
            grains.GetGrain<IUnitIndicatorsGrain>(k.Unit.StorageKey).GetMonthlyValuesOfAsync(k.Indicators.GrainCodes)));
        var byUnit = read.Zip(months).ToDictionary(p => p.First, p => new MonthlyValues(p.Second));
        return keys.ToDictionary(key => key, key => new UnitMonths(
            byUnit[key], [.. links[key.Unit].Where(l => readable.Contains(l.Key)).Select(l => (l.Link, byUnit[(l.Key, key.Indicators)]))]));
    }

    /// <summary>
    /// The indicators a field asks for, in catalog order, compared by value so that two fields asking the same ones share one
    /// grain read; none named means all. A code the catalog does not know gives no value: asking only such codes gives none.
    /// </summary>
    private sealed record IndicatorSelection(string Key, IReadOnlyList<IndicatorDefinition> Definitions)
    {
        public static readonly IndicatorSelection All = new("*", IndicatorCatalog.Standard.Definitions);

        /// <summary>The codes as a grain takes them: none for all.</summary>
        public IReadOnlyList<string> GrainCodes => this == All ? [] : [.. Definitions.Select(d => d.Code)];

        public static IndicatorSelection Of(IReadOnlyCollection<string>? codes)
        {
            if (codes is null || codes.Count == 0)
            {
                return All;
            }

            IndicatorDefinition[] asked = [.. IndicatorCatalog.Standard.Definitions.Where(d => codes.Contains(d.Code))];
            return new(string.Join(',', asked.Select(d => d.Code)), asked);
        }

        public bool Equals(IndicatorSelection? other) => other is not null && Key == other.Key;

        public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>A two-level unit's own months and those of the predecessors the caller may read.</summary>
    private sealed record UnitMonths(MonthlyValues Own, IReadOnlyList<(UnitLink Link, MonthlyValues Months)> Predecessors);

    /// <summary>A unit's months by indicator.</summary>
    private sealed class MonthlyValues(IReadOnlyList<MonthlyValueInfo> months)
    {
        private readonly ILookup<string, MonthlyValueInfo> _byIndicator = months.ToLookup(m => m.Indicator, StringComparer.Ordinal);

        public IReadOnlyDictionary<Period, long> Of(string indicator)
        {
            var months = _byIndicator[indicator];
            var values = new Dictionary<Period, long>(months.Count());
            foreach (var month in months)
            {
                values[Period.Parse(month.Month)] = month.Value;
            }

            return values;
        }
    }
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
