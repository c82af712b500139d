using ChuyenHoa.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;

namespace ChuyenHoa.Api.Authentication;

/// <summary>What the dashboard's demo sign-in asks the development issuer for.</summary>
public sealed record DevelopmentTokenForm(string? Role, string? ProvinceCode, string? DistrictCode, string? DisplayName, string? CommuneCode = null);

/// <summary>
/// The development issuer's discovery document and key set, for tools that validate its tokens themselves, and
/// <c>POST /dev-issuer/token</c>, where the dashboard signs in as a demo user. Mapped in Development only.
/// </summary>
internal static class DevelopmentIssuerEndpoints
{
    public const string TokenPath = "/dev-issuer/token";

    public static void MapDevelopmentIssuer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DevelopmentIssuer.MetadataPath, (HttpRequest request) => TypedResults.Ok(new Dictionary<string, object>
        {
            ["issuer"] = DevelopmentIssuer.Issuer,
            ["jwks_uri"] = $"{request.Scheme}://{request.Host}{request.PathBase}{DevelopmentIssuer.KeysPath}",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        })).AllowAnonymous();

        endpoints.MapGet(DevelopmentIssuer.KeysPath, (DevelopmentIssuer issuer) =>
        {
            var key = issuer.LoadPublicKey();
            return TypedResults.Ok(new
            {
                keys = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["kty"] = JsonWebAlgorithmsKeyTypes.RSA,
                        ["use"] = JsonWebKeyUseNames.Sig,
                        ["alg"] = SecurityAlgorithms.RsaSha256,
                        ["kid"] = key.KeyId,
                        ["n"] = Base64UrlEncoder.Encode(key.Parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(key.Parameters.Exponent),
                    },
                },
            });
        }).AllowAnonymous();

        endpoints.MapPost(TokenPath, (DevelopmentTokenForm form, DevelopmentIssuer issuer, TimeProvider clock) =>
        {
            var districtCode = string.IsNullOrWhiteSpace(form.DistrictCode) ? null : form.DistrictCode.Trim();
            var communeCode = string.IsNullOrWhiteSpace(form.CommuneCode) ? null : form.CommuneCode.Trim();
            var name = string.IsNullOrWhiteSpace(form.DisplayName) ? null : form.DisplayName;
            if (DevelopmentTokenRequest.TryCreate(form.Role, form.ProvinceCode?.Trim(), districtCode, communeCode, name, null, "", out var request) is { } problem)
            {
                return Results.Json(new { code = ErrorCodes.ValidationFailed, message = problem }, statusCode: StatusCodes.Status400BadRequest);
            }

            var now = clock.GetUtcNow();
            return Results.Ok(new { accessToken = issuer.CreateToken(request!, now), expiresAt = now + request!.Lifetime, displayName = request.DisplayName });
        }).AllowAnonymous();
    }
}
