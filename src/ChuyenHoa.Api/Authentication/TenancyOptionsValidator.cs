using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.Authentication;

/// <summary>Refuses to start with a tenant list that would silently refuse (or wrongly accept) every token of a province.</summary>
internal sealed class TenancyOptionsValidator : IValidateOptions<TenancyOptions>
{
    public ValidateOptionsResult Validate(string? name, TenancyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Tenants.Count; i++)
        {
            var tenant = options.Tenants[i];
            var key = $"{TenancyOptions.Section}:{nameof(TenancyOptions.Tenants)}:{i}";
            if (!AdministrativeScopes.IsProvince(tenant.ProvinceCode))
            {
                failures.Add($"{key}:ProvinceCode \"{tenant.ProvinceCode}\" không phải mã tỉnh trong danh mục đơn vị hành chính.");
            }

            if (tenant.TenantIds.Count == 0 || tenant.TenantIds.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{key}:TenantIds cần ít nhất một mã tenant Entra (tid), không để trống.");
            }

            if (string.IsNullOrWhiteSpace(tenant.ProvinceClaim) || string.IsNullOrWhiteSpace(tenant.DistrictClaim) || string.IsNullOrWhiteSpace(tenant.CommuneClaim))
            {
                failures.Add($"{key}: ProvinceClaim, DistrictClaim và CommuneClaim không được để trống.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
