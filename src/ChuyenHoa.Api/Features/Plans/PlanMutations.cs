using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>The mutation of conversion plans: the province creates the year's plan.</summary>
public static class PlanMutations
{
    public static void AddPlanMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateConversionPlanPayloadType>>("createConversionPlan")
            .Description("Tỉnh tạo kế hoạch chuyển hóa của năm theo quyết định, chỉ định các xã và tiêu chí đưa ra khỏi diện.")
            .Argument<NonNullGraphType<CreateConversionPlanInputType>>("input", "Kế hoạch.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<CreateConversionPlanInput>();
                var outcome = await c.Grains().GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(input.ProvinceCode, input.Year))
                    .CreateAsync(c.Caller(), input.ToPlan(), input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
}
