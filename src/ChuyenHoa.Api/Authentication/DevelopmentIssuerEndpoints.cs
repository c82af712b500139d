using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;

namespace ChuyenHoa.Api.Authentication;

/// <summary>The development issuer's discovery document and key set, for tools that validate its tokens themselves.</summary>
internal static class DevelopmentIssuerEndpoints
{
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
    }
}
