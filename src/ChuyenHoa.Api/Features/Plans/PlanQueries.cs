using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Plans;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>The query field of conversion plans: a province's plan of a year.</summary>
public static class PlanQueries
{
    public static void AddPlanQueries(this ObjectGraphType query) =>
        query.Field<ConversionPlanType>("conversionPlan").Description("Kế hoạch chuyển hóa của một tỉnh trong một năm; null khi chưa có.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Năm kế hoạch.")
            .Argument<ProgrammeTrackType>("track", "Danh sách; mặc định SOCIAL_ORDER.")
            .Resolve(c => c.Loader<PlanLoader>().Plan(c.GetArgument<string>("provinceCode"), c.GetArgument<int>("year"), c.GetArgument("track", ProgrammeTrack.SocialOrder)));
}
