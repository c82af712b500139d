using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Features.Indicators;
using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Plans;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Units;

/// <summary>Fields every level shares: id, code, name, kind, indicators.</summary>
internal static class UnitFields
{
    public static void Add(ObjectGraphType<UnitInfo> type, string typeName)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Định danh toàn cục.").Resolve(c => GlobalId.Encode(typeName, c.Source.KeyOf(c.Source.Code).StorageKey));
        type.Field<NonNullGraphType<StringGraphType>>("code").Description("Mã đơn vị hành chính của Tổng cục Thống kê.").Resolve(c => c.Source.Code);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("Tên, không có chữ chỉ cấp (ví dụ \"Chiềng Khoang\").").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<StringGraphType>>("fullName").Description("Tên đầy đủ (ví dụ \"Xã Chiềng Khoang\").").Resolve(c => c.Source.FullName);
        type.Field<NonNullGraphType<StringGraphType>>("kind").Description("Loại đơn vị: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu.").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("edition").Description("Danh mục đơn vị hành chính: 2024 (ba cấp) hoặc 2025 (hai cấp).").Resolve(c => c.Source.EditionId);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("indicators")
            .Description("Chỉ tiêu (indicators) của đơn vị trong một kỳ; cấp trên là tổng của các đơn vị cấp dưới.")
            .Argument<NonNullGraphType<StringGraphType>>("period", "Kỳ báo cáo: tháng 2023-11, quý 2023-Q4 hoặc năm 2023.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators", "Mã chỉ tiêu cần lấy; bỏ trống để lấy tất cả.")
            .Resolve(IndicatorQueries.OfUnit);
    }

    public static IDataLoaderResult<IReadOnlyList<UnitInfo>> Children(IResolveFieldContext<UnitInfo> context, UnitLevel level) =>
        context.Loader<UnitLoader>().Units(context.Source.ChildCodes.Select(context.Source.KeyOf), level);

    /// <summary>A unit's province, in the unit's edition.</summary>
    public static IDataLoaderResult<UnitInfo?> Province(IResolveFieldContext<UnitInfo> context) =>
        context.Loader<UnitLoader>().Unit(context.Source.KeyOf(context.Source.ProvinceCode), UnitLevel.Province);
}

public sealed class ProvinceType : ObjectGraphType<UnitInfo>
{
    public ProvinceType()
    {
        Name = "Province";
        Description = "Tỉnh hoặc thành phố trực thuộc trung ương: một đơn vị thuê bao (tenant) của nền tảng.";
        IsTypeOf = o => o is UnitInfo { Level: UnitLevel.Province };
        UnitFields.Add(this, Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts")
            .Description("Các huyện, quận, thị xã, thành phố thuộc tỉnh (trống với danh mục hai cấp từ 1/7/2025).")
            .Resolve(c => UnitFields.Children(c, UnitLevel.District));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommuneType>>>>("communes")
            .Description("Các xã, phường trực thuộc tỉnh (danh mục hai cấp); trống với danh mục ba cấp, nơi xã thuộc huyện.")
            .Resolve(c => UnitFields.Children(c, UnitLevel.Commune));
        Field<ConversionPlanType>("conversionPlan")
            .Description("Kế hoạch chuyển hóa địa bàn trọng điểm, phức tạp của năm.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Năm kế hoạch.")
            .Argument<ProgrammeTrackType>("track", "Danh sách; mặc định SOCIAL_ORDER.")
            .Resolve(c => c.Loader<PlanLoader>().Plan(c.Source.Code, c.GetArgument<int>("year"), c.GetArgument("track", ProgrammeTrack.SocialOrder)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainStepType>>>>("approvalChain")
            .Description("Chuỗi phê duyệt các đề xuất mới của tỉnh theo danh mục của tỉnh này (chuỗi tỉnh đặt, hoặc chuỗi mặc định), bên đề xuất trước.")
            .ResolveAsync(async c => (await c.Grains().GetGrain<ITenantGrain>(c.Source.Code).GetApprovalChainAsync(c.Source.EditionId)).Steps);
    }
}

public sealed class DistrictType : ObjectGraphType<UnitInfo>
{
    public DistrictType()
    {
        Name = "District";
        Description = "Huyện, quận, thị xã hoặc thành phố thuộc tỉnh (cấp huyện, bỏ từ 1/7/2025).";
        IsTypeOf = o => o is UnitInfo { Level: UnitLevel.District };
        UnitFields.Add(this, Name);
        // Whoever sees a district or commune sees its province's identity; the province's totals stay behind its own checks.
        Field<NonNullGraphType<ProvinceType>>("province").Description("Tỉnh của huyện.").Resolve(UnitFields.Province);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommuneType>>>>("communes").Description("Các xã, phường, thị trấn của huyện.")
            .Resolve(c => UnitFields.Children(c, UnitLevel.Commune));
    }
}

public sealed class CommuneType : ObjectGraphType<UnitInfo>
{
    public CommuneType()
    {
        Name = "Commune";
        Description = "Xã, phường, thị trấn hoặc đặc khu: đơn vị được chỉ định là địa bàn trọng điểm, phức tạp và được chuyển hóa.";
        IsTypeOf = o => o is UnitInfo { Level: UnitLevel.Commune };
        UnitFields.Add(this, Name);
        Field<DistrictType>("district").Description("Huyện của xã; null với danh mục hai cấp.")
            .Resolve(c => c.Source.ParentCode is { } parent ? c.Loader<UnitLoader>().Unit(c.Source.KeyOf(parent), UnitLevel.District) : null);
        Field<NonNullGraphType<ProvinceType>>("province").Description("Tỉnh của xã (cùng danh mục với xã).").Resolve(UnitFields.Province);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLinkType>>>>("predecessors")
            .Description("Các xã của danh mục trước đã nhập (toàn bộ hoặc một phần) vào xã này, theo bảng chuyển đổi của Tổng cục Thống kê; trống với xã của danh mục 2024. Chỉ gồm các xã người gọi được xem.")
            .Resolve(c => UnitLinks.Predecessors(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLinkType>>>>("successors")
            .Description("Các xã của danh mục sau mà xã này đã nhập vào (toàn bộ hoặc một phần); trống với xã của danh mục 2025. Chỉ gồm các xã người gọi được xem.")
            .Resolve(c => UnitLinks.Successors(c));
        Field<DesignationType>("designation")
            .Description("Tình trạng chuyển hóa của xã theo kế hoạch của năm; null khi xã không có trong kế hoạch năm đó.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Năm kế hoạch.")
            .Argument<ProgrammeTrackType>("track", "Danh sách; mặc định SOCIAL_ORDER.")
            .Resolve(c => c.Loader<PlanLoader>().Plan(c.Source.ProvinceCode, c.GetArgument<int>("year"), c.GetArgument("track", ProgrammeTrack.SocialOrder))
                .Then(plan => plan?.Designations.FirstOrDefault(d => plan.KeyOf(d) == c.Source.KeyOf(c.Source.Code)) is { } d
                    ? new DesignationView(plan, d) : null));
        Field<NonNullGraphType<RemovalProposalConnectionType>>("removalProposals")
            .Description("Các đề xuất đưa xã ra khỏi diện chuyển hóa, mới nhất trước.")
            .Argument<IntGraphType>("first", "Số đề xuất tối đa (mặc định 20, tối đa 100).")
            .Argument<StringGraphType>("after", "Con trỏ của trang trước.")
            .ResolveAsync(async c => await ProposalPaging.OfCommuneAsync(c, c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportRevisionType>>>>("reportHistory")
            .Description("Mọi thay đổi số liệu báo cáo của xã: ai, lúc nào, giá trị cũ và mới. Không sửa được.")
            .Resolve(c => c.Loader<ReportHistoryLoader>().History(c.Source));
    }
}

/// <summary>A commune on the other side of a change of edition, with how much of the old one went into the new one.</summary>
public sealed record UnitLinkView(UnitCoverage Coverage, UnitInfo Commune);

public sealed class CoverageType : EnumerationGraphType<UnitCoverage>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Phần của xã cũ đã nhập vào xã mới.";
        Add("FULL", UnitCoverage.Full, "Toàn bộ xã cũ nhập vào xã mới.");
        Add("PARTIAL", UnitCoverage.Partial, "Chỉ một phần xã cũ nhập vào xã mới; phần còn lại thuộc xã khác.");
    }
}

public sealed class UnitLinkType : ObjectGraphType<UnitLinkView>
{
    public UnitLinkType()
    {
        Name = "UnitLink";
        Description = "Một xã ở phía bên kia của lần sắp xếp đơn vị hành chính (1/7/2025): xã trước hoặc xã sau, với phần đã nhập.";
        Field<NonNullGraphType<CoverageType>>("coverage").Description("FULL khi toàn bộ xã cũ nhập vào xã mới, PARTIAL khi chỉ một phần.").Resolve(c => c.Source.Coverage);
        Field<NonNullGraphType<CommuneType>>("commune").Description("Xã ở danh mục bên kia.").Resolve(c => c.Source.Commune);
    }
}

/// <summary>A commune's predecessors and successors from the GSO mapping, each loaded and scope-checked like any unit.</summary>
internal static class UnitLinks
{
    public static IDataLoaderResult<IReadOnlyList<UnitLinkView>> Predecessors(IResolveFieldContext<UnitInfo> context)
    {
        var mapping = EditionMapping.From2024To2025;
        return Load(context, mapping.From, context.Source.EditionId == mapping.To.Id ? mapping.PredecessorsOf(context.Source.Code) : []);
    }

    public static IDataLoaderResult<IReadOnlyList<UnitLinkView>> Successors(IResolveFieldContext<UnitInfo> context)
    {
        var mapping = EditionMapping.From2024To2025;
        return Load(context, mapping.To, context.Source.EditionId == mapping.From.Id ? mapping.SuccessorsOf(context.Source.Code) : []);
    }

    /// <summary>The linked communes the caller may see, in the mapping's order; the others are left out.</summary>
    public static IDataLoaderResult<IReadOnlyList<UnitLinkView>> Load(IResolveFieldContext context, DivisionEdition edition, IReadOnlyList<UnitLink> links)
    {
        var loader = context.Loader<UnitLoader>();
        var pending = links.Select(link => (link.Coverage, Load: loader.Unit(new UnitKey(edition, link.Code), UnitLevel.Commune))).ToArray();
        return DataLoaderResults.Ready(pending).ThenAsync(async (loads, cancellationToken) =>
        {
            var views = new List<UnitLinkView>();
            foreach (var (coverage, load) in loads)
            {
                if (await load.GetResultAsync(cancellationToken) is { } commune)
                {
                    views.Add(new UnitLinkView(coverage, commune));
                }
            }

            return (IReadOnlyList<UnitLinkView>)views;
        });
    }
}
