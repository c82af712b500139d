using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Tenants;

/// <summary>The mutations of tenants: a platform administrator onboards a province on an edition; a province's approval chain is set.</summary>
public static class TenantMutations
{
    public static void AddTenantMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OnboardProvincePayloadType>>("onboardProvince")
            .Description("Quản trị nền tảng đưa một tỉnh vào hệ thống theo một danh mục đơn vị hành chính. Làm lại không ghi gì; định nghĩa mâu thuẫn bị từ chối, không ghi gì.")
            .Argument<NonNullGraphType<OnboardProvinceInputType>>("input", "Tỉnh và danh mục.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<OnboardProvinceInput>();
                var caller = c.Caller();
                // Checked here as well as in the grain: a code that is not two digits never becomes a grain.
                var outcome = !caller.Scope.IsPlatformAdmin ? Outcome<TenantInfo>.Failure(DomainError.Forbidden)
                    : input.ProvinceCode is not [>= '0' and <= '9', >= '0' and <= '9']
                        ? Outcome<TenantInfo>.Failure(new DomainError(ErrorCodes.ValidationFailed, $"Mã tỉnh \"{input.ProvinceCode}\" không hợp lệ: mã tỉnh gồm 2 chữ số, ví dụ 14 (Sơn La).", "provinceCode"))
                        : await c.Grains().GetGrain<ITenantGrain>(input.ProvinceCode).OnboardAsync(caller, input.Edition);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
        mutation.Field<NonNullGraphType<SetApprovalChainPayloadType>>("setApprovalChain")
            .Description("Đặt chuỗi phê duyệt của một tỉnh cho các kế hoạch theo một danh mục; chỉ áp dụng cho đề xuất gửi sau đó. Quản trị nền tảng (mọi tỉnh) hoặc Ban Chỉ đạo tỉnh (tỉnh mình).")
            .Argument<NonNullGraphType<SetApprovalChainInputType>>("input", "Tỉnh, danh mục và các bước.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<SetApprovalChainInput>();
                var caller = c.Caller();
                // Checked here as well as in the grain: a caller who may not set it learns nothing about the chain asked for.
                var outcome = !ApprovalChain.MayBeSetBy(caller.Scope, input.ProvinceCode) ? Outcome<ApprovalChainInfo>.Failure(DomainError.Forbidden)
                    : UnknownAction(input) is { } unknown ? Outcome<ApprovalChainInfo>.Failure(unknown)
                    : await c.Grains().GetGrain<ITenantGrain>(input.ProvinceCode).SetApprovalChainAsync(caller, input.Edition,
                        [.. input.Chain.Select(s => new ChainStepInfo(s.Role, [.. s.Actions.Select(a => ChainStepType.ParseAction(a)!.Value)]) { RequiredDocuments = s.RequiredDocuments ?? [] })]);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
    }

    private static DomainError? UnknownAction(SetApprovalChainInput input) =>
        input.Chain.SelectMany((step, i) => step.Actions.Where(a => ChainStepType.ParseAction(a) is null).Select(a => new DomainError(
                ErrorCodes.ValidationFailed,
                $"Thao tác \"{a}\" không có. Các thao tác: {string.Join(", ", Enum.GetValues<ProposalAction>().Select(ChainStepType.ActionName))}.",
                $"{ApprovalChain.Field}[{i}].actions")))
            .FirstOrDefault();
}
