using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>The query fields of indicators: the catalog, a unit's series and the analysts' table, and a unit's values of a period.</summary>
public static class IndicatorQueries
{
    /// <summary>Bounds indicatorSeries and indicatorTable, so one request cannot ask for an unbounded grid.</summary>
    public const int MaxPeriods = 60;

    /// <summary>Cells (unit × indicator × period) one request may read through all its indicatorTable and indicatorSeries fields together.</summary>
    public const int MaxTableCells = 20_000;

    public static void AddIndicatorCatalogQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionType>>>>("indicatorDefinitions")
            .Description("Danh mục chỉ tiêu.").Resolve(_ => IndicatorCatalog.Standard.Definitions);

    public static void AddIndicatorDataQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorPointType>>>>("indicatorSeries")
            .Description("Chuỗi số liệu một chỉ tiêu của một đơn vị, từng kỳ từ from đến to (cùng loại kỳ).")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "Mã đơn vị.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "Mã chỉ tiêu.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "Kỳ đầu, ví dụ 2023-01.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Kỳ cuối, ví dụ 2023-12.")
            .ResolveAsync(async c =>
            {
                var unit = await c.Loader<UnitLoader>().ReadableAsync(c.GetArgument<string>("unitCode"), c.CancellationToken);
                var indicator = KnownIndicator(c.GetArgument<string>("indicator"));
                var periods = Range(c.GetArgument<string>("from"), c.GetArgument<string>("to"));
                TakeCells(c, periods.Count, "to");
                if (unit is null)
                {
                    return Array.Empty<IndicatorPoint>();
                }

                var pending = periods.Select(p => c.Loader<IndicatorValueLoader>().Values(unit, p.ToString(), [indicator])).ToArray();
                var values = await Task.WhenAll(pending.Select(p => p.GetResultAsync(c.CancellationToken)));
                return periods.Zip(values, (p, v) => (Period: p, Value: v.FirstOrDefault(x => x.Indicator == indicator)))
                    .Select(point => new IndicatorPoint(point.Period.ToString(), point.Value?.Value, point.Value?.Coverage))
                    .ToArray();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorRowType>>>>("indicatorTable")
            .Description("Bảng số liệu cho phân tích: đơn vị (hoặc các đơn vị cấp dưới ở một cấp) × chỉ tiêu × kỳ, mỗi ô một dòng.")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "Mã đơn vị gốc.")
            .Argument<StringGraphType>("level", "PROVINCE, DISTRICT hoặc COMMUNE: lấy các đơn vị cấp đó thuộc đơn vị gốc; bỏ trống để lấy chính đơn vị gốc.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators", "Mã chỉ tiêu; bỏ trống để lấy tất cả.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("periods", "Các kỳ.")
            .ResolveAsync(async c => await IndicatorTableAsync(c));
    }

    /// <summary>A unit's <c>indicators</c> field: its values for a period (those asked for, or all), empty when the caller may not read them.</summary>
    public static IDataLoaderResult<IReadOnlyList<IndicatorValueView>> OfUnit(IResolveFieldContext<UnitInfo> context)
    {
        var period = ParsePeriod(context.GetArgument<string>("period"), "period");
        var indicators = context.GetArgument<List<string>?>("indicators");
        return context.Loader<IndicatorValueLoader>().Values(context.Source, period.ToString(), indicators);
    }

    private static Period ParsePeriod(string text, string argument) =>
        Period.TryParse(text, out var period, out var error) ? period : throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, error!.Message, argument);

    private static string KnownIndicator(string code) =>
        IndicatorCatalog.Standard.Find(code)?.Code
        ?? throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Không có chỉ tiêu mã \"{code}\". Xem danh mục ở indicatorDefinitions.", "indicator");

    private static List<Period> Range(string fromText, string toText)
    {
        var (from, to) = (ParsePeriod(fromText, "from"), ParsePeriod(toText, "to"));
        if (from.Kind != to.Kind || from.CompareTo(to) > 0)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, "Kỳ đầu và kỳ cuối phải cùng loại (tháng, quý hoặc năm) và kỳ đầu không sau kỳ cuối.", "from");
        }

        var periods = new List<Period>();
        for (var period = from; period.CompareTo(to) <= 0; period = Next(period))
        {
            if (periods.Count == MaxPeriods)
            {
                throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Chuỗi số liệu dài tối đa {MaxPeriods} kỳ.", "to");
            }

            periods.Add(period);
        }

        return periods;
    }

    private static Period Next(Period period) => period.Kind switch
    {
        PeriodKind.Month => period.FirstMonth == 12 ? Period.ForMonth(period.Year + 1, 1) : Period.ForMonth(period.Year, period.FirstMonth + 1),
        PeriodKind.Quarter => period.FirstMonth == 10 ? Period.ForQuarter(period.Year + 1, 1) : Period.ForQuarter(period.Year, ((period.FirstMonth - 1) / 3) + 2),
        _ => Period.ForYear(period.Year + 1),
    };

    private static async Task<IndicatorRow[]> IndicatorTableAsync(IResolveFieldContext context)
    {
        var root = await context.Loader<UnitLoader>().ReadableAsync(context.GetArgument<string>("unitCode"), context.CancellationToken);
        var indicators = (context.GetArgument<List<string>?>("indicators") ?? []).Select(KnownIndicator).ToList();
        var periods = context.GetArgument<List<string>>("periods").Select(p => ParsePeriod(p, "periods").ToString()).Distinct().ToList();
        var level = context.GetArgument<string?>("level") switch
        {
            null => (UnitLevel?)null,
            "PROVINCE" => UnitLevel.Province,
            "DISTRICT" => UnitLevel.District,
            "COMMUNE" => UnitLevel.Commune,
            var other => throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Cấp \"{other}\" không hợp lệ: dùng PROVINCE, DISTRICT hoặc COMMUNE.", "level"),
        };
        if (root is null)
        {
            return [];
        }

        if (level < root.Level)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Cấp {context.GetArgument<string>("level")} không nằm dưới {root.FullName}: chọn một cấp dưới đơn vị gốc, hoặc bỏ trống để lấy chính đơn vị.", "level");
        }

        var units = level is null || level == root.Level ? [root] : await DescendantsAsync(context, root, level.Value);
        var cells = (long)units.Count * periods.Count * Math.Max(indicators.Count, IndicatorCatalog.Standard.Definitions.Count);
        if (cells > MaxTableCells)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Bảng quá lớn ({cells} ô, tối đa {MaxTableCells}): chọn ít đơn vị, chỉ tiêu hoặc kỳ hơn.", "periods");
        }

        TakeCells(context, cells, "periods");

        var keys = units.SelectMany(u => periods.Select(p => (Unit: u, Period: p))).ToArray();
        var pending = keys.Select(k => context.Loader<IndicatorValueLoader>().Values(k.Unit, k.Period, indicators)).ToArray();
        var values = await Task.WhenAll(pending.Select(p => p.GetResultAsync(context.CancellationToken)));
        return keys.Zip(values)
            .SelectMany(kv => kv.Second
                .Select(v => new IndicatorRow(
                    kv.First.Unit.Code, kv.First.Unit.FullName, v.Indicator, kv.First.Period, v.Value, v.PreviousYearValue, v.ChangeFromPreviousYear, v.Coverage, v.PreviousYearCoverage)))
            .ToArray();
    }

    private static void TakeCells(IResolveFieldContext context, long cells, string argument)
    {
        if (!context.Request().TryTakeIndicatorCells(cells, MaxTableCells))
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed,
                $"Yêu cầu này đọc quá nhiều ô số liệu: các trường indicatorTable và indicatorSeries trong cùng một yêu cầu cộng lại tối đa {MaxTableCells} ô, trường này cần thêm {cells} ô. Hãy chia thành nhiều yêu cầu nhỏ hơn.", argument);
        }
    }

    private static async Task<List<UnitInfo>> DescendantsAsync(IResolveFieldContext context, UnitInfo root, UnitLevel level)
    {
        var frontier = new List<UnitInfo> { root };
        var found = new List<UnitInfo>();
        while (frontier.Count > 0)
        {
            var pending = frontier.SelectMany(u => u.ChildCodes.Select(u.KeyOf)).Select(key => context.Loader<UnitLoader>().Unit(key)).ToArray();
            var children = (await Task.WhenAll(pending.Select(p => p.GetResultAsync(context.CancellationToken)))).OfType<UnitInfo>().ToList();
            frontier = children.Where(u => u.Level < level).ToList();
            found.AddRange(children.Where(u => u.Level == level));
        }

        return found;
    }
}
