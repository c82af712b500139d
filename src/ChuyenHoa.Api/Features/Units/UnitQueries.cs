using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Api.Features.Units;

/// <summary>
/// The query fields of administrative units: the provinces the caller may see, and one unit by its code and edition (by
/// default the edition in force today, or the latest earlier one where the unit's province is not onboarded on it).
/// </summary>
public static class UnitQueries
{
    private const string EditionDescription =
        "Danh mục đơn vị hành chính: \"2024\" (ba cấp, đến 30/6/2025) hoặc \"2025\" (hai cấp, từ 1/7/2025). Bỏ trống: danh mục đang có hiệu lực hôm nay, "
        + "hoặc danh mục gần nhất trước đó nếu tỉnh của đơn vị chưa được đưa vào hệ thống theo danh mục hôm nay.";

    public static void AddUnitQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("Các tỉnh người gọi được xem, mỗi tỉnh theo danh mục đang có hiệu lực hôm nay (hoặc danh mục gần nhất trước đó mà tỉnh có).")
            .ResolveAsync(async c =>
            {
                var tenants = await c.Grains().GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
                var today = Today(c);
                var shown = tenants
                    .Select(t => new UnitKey(DivisionEdition.Find(t.EditionId)!, t.ProvinceCode))
                    .Where(k => k.Edition.ValidFrom <= today)
                    .GroupBy(k => k.Code, StringComparer.Ordinal)
                    .Select(g => g.MaxBy(k => k.Edition.ValidFrom));
                return await c.Loader<UnitLoader>().Units(shown, UnitLevel.Province).GetResultAsync(c.CancellationToken);
            });

        query.Field<ProvinceType>("province").Description("Một tỉnh theo mã (2 chữ số) và danh mục; null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã tỉnh, ví dụ \"14\".")
            .Argument<StringGraphType>("edition", EditionDescription)
            .ResolveAsync(async c => await UnitAsync(c, UnitLevel.Province));
        query.Field<DistrictType>("district").Description("Một huyện theo mã (3 chữ số, danh mục ba cấp 2024); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã huyện, ví dụ \"118\".")
            .Resolve(c => c.Loader<UnitLoader>().Unit(UnitKey.Of(DivisionEdition.ThreeLevel2024, c.GetArgument<string>("code")), UnitLevel.District));
        query.Field<CommuneType>("commune").Description("Một xã theo mã (5 chữ số) và danh mục; null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã xã, ví dụ \"03718\" (danh mục 2024) hoặc \"03703\" (Xã Quỳnh Nhai, danh mục 2025).")
            .Argument<StringGraphType>("edition", EditionDescription)
            .ResolveAsync(async c => await UnitAsync(c, UnitLevel.Commune));
    }

    private static async Task<UnitInfo?> UnitAsync(IResolveFieldContext c, UnitLevel level)
    {
        var code = c.GetArgument<string>("code");
        var loader = c.Loader<UnitLoader>();
        if (c.GetArgument<string?>("edition") is not { } editionId)
        {
            return await loader.InForceAsync(code, level, Today(c), c.CancellationToken);
        }

        var edition = DivisionEdition.Find(editionId) ?? throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed,
            $"Không có danh mục đơn vị hành chính \"{editionId}\": dùng {string.Join(" hoặc ", DivisionEdition.All.Select(e => $"\"{e.Id}\" ({e.Description})"))}.", "edition");
        return await loader.Unit(UnitKey.Of(edition, code), level).GetResultAsync(c.CancellationToken);
    }

    private static DateOnly Today(IResolveFieldContext c) =>
        DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
