using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>
/// The mutations of conversion plans: the province creates the year's plan, and confirms the successors a plan adopted on the
/// old list carried designations over to in part.
/// </summary>
public static class PlanMutations
{
    public static void AddPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateConversionPlanPayloadType>>("createConversionPlan")
            .Description("Tỉnh tạo kế hoạch chuyển hóa của năm theo quyết định, chỉ định các xã và tiêu chí đưa ra khỏi diện.")
            .Argument<NonNullGraphType<CreateConversionPlanInputType>>("input", "Kế hoạch.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<CreateConversionPlanInput>();
                var caller = c.Caller();
                // A threshold left out never reaches the grains, which take one always; who may not create the plan is told so first.
                var outcome = caller.Scope.CanManagePlans(input.ProvinceCode) && input.MissingThresholds() is { Count: > 0 } missing
                    ? Outcome<PlanInfo>.Failure(missing)
                    : await c.Grains().GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(input.ProvinceCode, input.Year, input.Track ?? ProgrammeTrack.SocialOrder))
                        .CreateAsync(caller, input.ToPlan(), input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
        mutation.Field<NonNullGraphType<ConfirmCarriedOverDesignationPayloadType>>("confirmCarriedOverDesignation")
            .Description("Tỉnh xác nhận giữ hay không giữ chỉ định của xã mới chỉ nhận một phần địa bàn đã chỉ định khi sắp xếp đơn vị hành chính (1/7/2025).")
            .Argument<NonNullGraphType<ConfirmCarriedOverDesignationInputType>>("input", "Xã và quyết định của tỉnh.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<ConfirmCarriedOverDesignationInput>();
                var caller = c.Caller();
                var outcome = !caller.Scope.CanManagePlans(input.ProvinceCode) ? Outcome<PlanInfo>.Failure(DomainError.Forbidden)
                    : await c.Grains().GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(input.ProvinceCode, input.Year))
                        .ConfirmCarriedOverAsync(caller, input.CommuneCode, input.Keep);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
        mutation.Field<NonNullGraphType<IssueYearEndDecisionPayloadType>>("issueYearEndDecision")
            .Description("Tỉnh ghi nhận quyết định tổng kết năm (một quyết định đã ký): xã đưa ra khỏi diện, xã tiếp tục, xã chỉ định mới; áp dụng cùng lúc và lập kế hoạch năm sau.")
            .Argument<NonNullGraphType<IssueYearEndDecisionInputType>>("input", "Quyết định.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<IssueYearEndDecisionInput>();
                var caller = c.Caller();
                var outcome = !caller.Scope.CanManagePlans(input.ProvinceCode) ? Outcome<PlanInfo>.Failure(DomainError.Forbidden)
                    : await c.Grains().GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(input.ProvinceCode, input.Year, input.Track ?? ProgrammeTrack.SocialOrder))
                        .IssueYearEndDecisionAsync(caller, input.ToDecision(), input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
        mutation.Field<NonNullGraphType<DesignateCommuneAgainPayloadType>>("designateCommuneAgain")
            .Description("Tỉnh chỉ định lại xã đã đưa ra khỏi diện khi số liệu trong thời gian theo dõi vi phạm tiêu chí.")
            .Argument<NonNullGraphType<DesignateCommuneAgainInputType>>("input", "Xã và lý do.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<DesignateCommuneAgainInput>();
                var caller = c.Caller();
                var outcome = !caller.Scope.CanManagePlans(input.ProvinceCode) ? Outcome<PlanInfo>.Failure(DomainError.Forbidden)
                    : await c.Grains().GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(input.ProvinceCode, input.Year, input.Track ?? ProgrammeTrack.SocialOrder))
                        .DesignateAgainAsync(caller, input.CommuneCode, input.Reason);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
    }
}
