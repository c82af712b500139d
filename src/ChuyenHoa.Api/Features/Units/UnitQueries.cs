using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Units;

/// <summary>The query fields of administrative units: the provinces the caller may see, and one unit by its code.</summary>
public static class UnitQueries
{
    public static void AddUnitQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces").Description("Các tỉnh người gọi được xem.")
            .ResolveAsync(async c =>
            {
                var tenants = await c.Grains().GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
                return await c.Loader<UnitLoader>().Units(tenants.Select(t => t.ProvinceCode), UnitLevel.Province).GetResultAsync(c.CancellationToken);
            });

        query.Field<ProvinceType>("province").Description("Một tỉnh theo mã (2 chữ số); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã tỉnh, ví dụ \"14\".")
            .Resolve(c => c.Loader<UnitLoader>().Unit(c.GetArgument<string>("code"), UnitLevel.Province));
        query.Field<DistrictType>("district").Description("Một huyện theo mã (3 chữ số); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã huyện, ví dụ \"118\".")
            .Resolve(c => c.Loader<UnitLoader>().Unit(c.GetArgument<string>("code"), UnitLevel.District));
        query.Field<CommuneType>("commune").Description("Một xã theo mã (5 chữ số); null khi không có hoặc không được xem.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã xã, ví dụ \"03718\".")
            .Resolve(c => c.Loader<UnitLoader>().Unit(c.GetArgument<string>("code"), UnitLevel.Commune));
    }
}
