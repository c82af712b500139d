using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Tenants;

/// <summary>The mutation of tenants: a platform administrator onboards a province on an edition.</summary>
public static class TenantMutations
{
    public static void AddTenantMutations(this ObjectGraphType mutation) =>
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
}
