using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Proposals;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed class QueryType : ObjectGraphType
{
    /// <summary>Bounds indicatorSeries and indicatorTable, so one request cannot ask for an unbounded grid.</summary>
    public const int MaxPeriods = 60;

    /// <summary>Cells (unit × indicator × period) one request may read through all its indicatorTable and indicatorSeries fields together.</summary>
    public const int MaxTableCells = 20_000;

    public QueryType()
    {
        Name = "Query";
        Description = "Các truy vấn đọc dữ liệu.";

        Field<NonNullGraphType<ViewerType>>("me").Description("Người đang đăng nhập.").Resolve(c => c.Caller());

        Field<NodeInterface>("node").Description("Một đối tượng theo định danh toàn cục (Relay).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Định danh toàn cục.")
            .ResolveAsync(async c => await NodeAsync(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces").Description("Các tỉnh người gọi được xem.")
            .ResolveAsync(async c =>
            {
                var tenants = await c.Grains().GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
                return await c.Loaders().Units(tenants.Select(t => t.ProvinceCode), UnitLevel.Province).GetResultAsync(c.CancellationToken);
            });

        Field<ProvinceType>("province").Description("Một tỉnh theo mã (2 chữ số); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã tỉnh, ví dụ \"14\".")
            .Resolve(c => c.Loaders().Unit(c.GetArgument<string>("code"), UnitLevel.Province));
        Field<DistrictType>("district").Description("Một huyện theo mã (3 chữ số); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã huyện, ví dụ \"118\".")
            .Resolve(c => c.Loaders().Unit(c.GetArgument<string>("code"), UnitLevel.District));
        Field<CommuneType>("commune").Description("Một xã theo mã (5 chữ số); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã xã, ví dụ \"03718\".")
            .Resolve(c => c.Loaders().Unit(c.GetArgument<string>("code"), UnitLevel.Commune));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionType>>>>("indicatorDefinitions")
            .Description("Danh mục chỉ tiêu.").Resolve(_ => IndicatorCatalog.Standard.Definitions);

        Field<ConversionPlanType>("conversionPlan").Description("Kế hoạch chuyển hóa của một tỉnh trong một năm; null khi chưa có.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Năm kế hoạch.")
            .Resolve(c => c.Loaders().Plan(c.GetArgument<string>("provinceCode"), c.GetArgument<int>("year")));

        Field<NonNullGraphType<RemovalProposalConnectionType>>("removalProposals").Description("Các đề xuất của một tỉnh, mới nhất trước.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .Argument<ListGraphType<NonNullGraphType<RemovalProposalStatusType>>>("status", "Chỉ lấy các trạng thái này.")
            .Argument<IntGraphType>("first", "Số đề xuất tối đa (mặc định 20, tối đa 100).")
            .Argument<StringGraphType>("after", "Con trỏ của trang trước.")
            .ResolveAsync(async c =>
            {
                var province = c.GetArgument<string>("provinceCode");
                var caller = c.Caller();
                IReadOnlyList<ProposalSummary> all = [];
                // A province the caller has nothing in is not asked at all.
                if (caller.Scope.CanListProposals(province))
                {
                    all = await c.Grains().GetGrain<IProvinceProposalsGrain>(province).ListAsync(c.GetArgument<List<RemovalProposalStatus>?>("status") ?? []);
                }

                return await Paging.ProposalsAsync(c, province, all);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorPointType>>>>("indicatorSeries")
            .Description("Chuỗi số liệu một chỉ tiêu của một đơn vị, từng kỳ từ from đến to (cùng loại kỳ).")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "Mã đơn vị.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "Mã chỉ tiêu.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "Kỳ đầu, ví dụ 2023-01.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Kỳ cuối, ví dụ 2023-12.")
            .ResolveAsync(async c =>
            {
                var unit = await ReadableUnitAsync(c, c.GetArgument<string>("unitCode"));
                var indicator = KnownIndicator(c.GetArgument<string>("indicator"));
                var periods = Range(c.GetArgument<string>("from"), c.GetArgument<string>("to"));
                TakeCells(c, periods.Count, "to");
                if (unit is null)
                {
                    return Array.Empty<IndicatorPoint>();
                }

                var pending = periods.Select(p => c.Loaders().Indicators(unit, p.ToString())).ToArray();
                var values = await Task.WhenAll(pending.Select(p => p.GetResultAsync(c.CancellationToken)));
                return periods.Zip(values, (p, v) => new IndicatorPoint(p.ToString(), (double?)v.FirstOrDefault(x => x.Indicator == indicator)?.Value)).ToArray();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorRowType>>>>("indicatorTable")
            .Description("Bảng số liệu cho phân tích: đơn vị (hoặc các đơn vị cấp dưới ở một cấp) × chỉ tiêu × kỳ, mỗi ô một dòng.")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "Mã đơn vị gốc.")
            .Argument<StringGraphType>("level", "PROVINCE, DISTRICT hoặc COMMUNE: lấy các đơn vị cấp đó thuộc đơn vị gốc; bỏ trống để lấy chính đơn vị gốc.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators", "Mã chỉ tiêu; bỏ trống để lấy tất cả.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("periods", "Các kỳ.")
            .ResolveAsync(async c => await IndicatorTableAsync(c));
    }

    private static async Task<object?> NodeAsync(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
        {
            return null;
        }

        switch (type)
        {
            case "Province" or "District" or "Commune" when Enum.TryParse<UnitLevel>(type, out var level):
                return await context.Loaders().Unit(key, level).GetResultAsync(context.CancellationToken);
            case "ConversionPlan":
                var parts = key.Split('-');
                return parts.Length == 2 && int.TryParse(parts[1], out var year)
                    ? await context.Loaders().Plan(parts[0], year).GetResultAsync(context.CancellationToken)
                    : null;
            case "RemovalProposal":
                return Guid.TryParseExact(key, "N", out var proposalId) ? await context.Loaders().Proposal(proposalId).GetResultAsync(context.CancellationToken) : null;
            default:
                return null;
        }
    }

    /// <summary>A unit whose data (indicators) the caller may read: the root of a series or a table.</summary>
    private static async Task<UnitInfo?> ReadableUnitAsync(IResolveFieldContext context, string code)
    {
        var unit = await context.Loaders().Unit(code).GetResultAsync(context.CancellationToken);
        return unit is not null && context.Loaders().CanReadDataOf(unit) ? unit : null;
    }

    private static string KnownIndicator(string code) =>
        IndicatorCatalog.Standard.Find(code)?.Code
        ?? throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Không có chỉ tiêu mã \"{code}\". Xem danh mục ở indicatorDefinitions.", "indicator");

    private static List<Period> Range(string fromText, string toText)
    {
        var (from, to) = (ResolveContextExtensions.ParsePeriod(fromText, "from"), ResolveContextExtensions.ParsePeriod(toText, "to"));
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
        var root = await ReadableUnitAsync(context, context.GetArgument<string>("unitCode"));
        var indicators = (context.GetArgument<List<string>?>("indicators") ?? []).Select(KnownIndicator).ToList();
        var periods = context.GetArgument<List<string>>("periods").Select(p => ResolveContextExtensions.ParsePeriod(p, "periods").ToString()).Distinct().ToList();
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
        var pending = keys.Select(k => context.Loaders().Indicators(k.Unit, k.Period)).ToArray();
        var values = await Task.WhenAll(pending.Select(p => p.GetResultAsync(context.CancellationToken)));
        return keys.Zip(values)
            .SelectMany(kv => kv.Second
                .Where(v => indicators.Count == 0 || indicators.Contains(v.Indicator))
                .Select(v => new IndicatorRow(kv.First.Unit.Code, kv.First.Unit.FullName, v.Indicator, kv.First.Period, v.Value, v.PreviousYearValue, v.ChangeFromPreviousYear)))
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
            var pending = frontier.SelectMany(u => u.ChildCodes).Select(code => context.Loaders().Unit(code)).ToArray();
            var children = (await Task.WhenAll(pending.Select(p => p.GetResultAsync(context.CancellationToken)))).OfType<UnitInfo>().ToList();
            frontier = children.Where(u => u.Level < level).ToList();
            found.AddRange(children.Where(u => u.Level == level));
        }

        return found;
    }
}
