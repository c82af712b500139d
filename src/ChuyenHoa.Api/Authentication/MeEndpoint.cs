using System.Security.Claims;
using ChuyenHoa.Contracts.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChuyenHoa.Api.Authentication;

/// <summary>The signed-in caller as JSON; <c>GET /api/me</c>.</summary>
public sealed record MeResponse(string UserId, string DisplayName, IReadOnlyList<string> Roles, string ProvinceCode, string? DistrictCode, string? CommuneCode)
{
    public static MeResponse From(Caller caller) => new(caller.UserId, caller.DisplayName, caller.Roles, caller.ProvinceCode, caller.DistrictCode, caller.CommuneCode);
}

internal static class MeEndpoint
{
    public const string Path = "/api/me";

    public static void MapMeEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, Results<Ok<MeResponse>, UnauthorizedHttpResult> (ClaimsPrincipal user, CallerFactory callers) =>
                callers.TryCreate(user, out var caller) ? TypedResults.Ok(MeResponse.From(caller)) : TypedResults.Unauthorized())
            .RequireAuthorization();
}
