using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Security;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace ChuyenHoa.Api.Authentication;

/// <summary>
/// Turns a validated token's principal into the <see cref="Caller"/> that grains check: the tenant
/// (<c>tid</c>) must be mapped to a province in <c>ChuyenHoa:Tenants</c>, the province claim must be
/// that province, a district claim must be one of its districts and a commune claim one of its communes. Sign-in refuses every token for
/// which this fails, so on an authenticated request it succeeds.
/// </summary>
public sealed class CallerFactory(IOptionsMonitor<TenancyOptions> tenancy)
{
    public bool TryCreate(ClaimsPrincipal principal, [NotNullWhen(true)] out Caller? caller) =>
        TryCreate(principal, out caller, out _);

    /// <param name="refusal">Why the principal gets no caller (for the log); null when it gets one.</param>
    public bool TryCreate(ClaimsPrincipal principal, [NotNullWhen(true)] out Caller? caller, [NotNullWhen(false)] out string? refusal)
    {
        caller = null;
        var tenantId = Value(principal, ClaimConstants.Tid);
        var mappings = tenancy.CurrentValue.Tenants
            .Where(t => tenantId is not null && t.TenantIds.Contains(tenantId, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (mappings.Count == 0)
        {
            refusal = $"tenant '{tenantId}' is not mapped to a province";
            return false;
        }

        // One tenant may serve several provinces (the development issuer serves both demo tenants): the province claim picks one.
        var mapping = mappings.FirstOrDefault(t => Value(principal, t.ProvinceClaim) == t.ProvinceCode);
        if (mapping is null)
        {
            refusal = $"the province claim is not a province of tenant '{tenantId}' ({string.Join(", ", mappings.Select(t => t.ProvinceCode))})";
            return false;
        }

        var districtCode = Value(principal, mapping.DistrictClaim);
        if (districtCode is not null && !AdministrativeScopes.IsDistrictOf(districtCode, mapping.ProvinceCode))
        {
            refusal = $"district '{districtCode}' is not a district of province {mapping.ProvinceCode}";
            return false;
        }

        var communeCode = Value(principal, mapping.CommuneClaim);
        if (communeCode is not null && !AdministrativeScopes.IsCommuneOf(communeCode, mapping.ProvinceCode))
        {
            refusal = $"commune '{communeCode}' is not a commune of province {mapping.ProvinceCode}";
            return false;
        }

        var roles = principal.FindAll(ClaimConstants.Roles).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToArray();
        if (districtCode is null && roles.Contains(Roles.DistrictCommittee, StringComparer.Ordinal))
        {
            refusal = $"role {Roles.DistrictCommittee} without a district claim";
            return false;
        }

        if (communeCode is null && roles.Contains(Roles.CommuneCommittee, StringComparer.Ordinal))
        {
            refusal = $"role {Roles.CommuneCommittee} without a commune claim";
            return false;
        }

        var userId = Value(principal, ClaimConstants.Oid);
        if (userId is null)
        {
            refusal = "no object id (oid) claim";
            return false;
        }

        var displayName = Value(principal, ClaimConstants.Name) ?? Value(principal, ClaimConstants.PreferredUserName) ?? userId;
        caller = new Caller(userId, displayName, roles, mapping.ProvinceCode, districtCode, communeCode);
        refusal = null;
        return true;
    }

    private static string? Value(ClaimsPrincipal principal, string claimType) =>
        principal.FindFirst(claimType)?.Value is { Length: > 0 } value ? value : null;
}
