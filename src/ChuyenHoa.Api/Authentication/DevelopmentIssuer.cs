using System.Security.Cryptography;
using ChuyenHoa.DemoData;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChuyenHoa.Api.Authentication;

/// <summary>
/// The token issuer of the Development environment, standing in for Entra ID: an RSA key created on
/// first use under <c>{dataPath}/dev-issuer/</c>, shared by the <c>token</c> command and every host
/// that uses the same data folder. Its issuer, audience and tenant id are fixed, so a token does not
/// depend on the port a host listens on.
/// </summary>
public sealed class DevelopmentIssuer(string dataPath)
{
    public const string Issuer = "urn:chuyenhoa:dev-issuer";
    public const string Audience = "api://chuyenhoa-dev";
    public const string TenantId = "7e57c0de-0000-4000-8000-000000000138";
    public const string MetadataPath = "/dev-issuer/.well-known/openid-configuration";
    public const string KeysPath = "/dev-issuer/.well-known/jwks.json";

    public string KeyFile { get; } = Path.Combine(dataPath, "dev-issuer", "signing-key.pem");

    /// <summary>The demo tenants, both signed in through this issuer's tenant.</summary>
    public static IEnumerable<TenantMapping> DemoTenantMappings =>
        DemoTenants.ProvinceCodes.Select(p => new TenantMapping { ProvinceCode = p, TenantIds = [TenantId] });

    /// <summary>The token's content, unsigned, with the default claim names of <see cref="TenantMapping"/>.</summary>
    public static SecurityTokenDescriptor Describe(DevelopmentTokenRequest request, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            [ClaimConstants.Tid] = TenantId,
            [ClaimConstants.Oid] = request.UserId,
            [JwtRegisteredClaimNames.Sub] = request.UserId,
            [ClaimConstants.Name] = request.DisplayName,
            [ClaimConstants.Roles] = new[] { request.Role },
            [TenantMapping.DefaultProvinceClaim] = request.ProvinceCode,
        };
        if (request.DistrictCode is not null)
        {
            claims[TenantMapping.DefaultDistrictClaim] = request.DistrictCode;
        }

        if (request.CommuneCode is not null)
        {
            claims[TenantMapping.DefaultCommuneClaim] = request.CommuneCode;
        }

        return new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + request.Lifetime).UtcDateTime,
            Claims = claims,
        };
    }

    public string CreateToken(DevelopmentTokenRequest request, DateTimeOffset now)
    {
        var descriptor = Describe(request, now);
        descriptor.SigningCredentials = LoadSigningCredentials();
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public SigningCredentials LoadSigningCredentials() => new(LoadKey(includePrivate: true), SecurityAlgorithms.RsaSha256);

    public RsaSecurityKey LoadPublicKey() => LoadKey(includePrivate: false);

    /// <summary>Validation against this issuer replaces Entra's: its key, issuer and audience, read from the key file, not over HTTP.</summary>
    internal void ReplaceEntraValidation(JwtBearerOptions options)
    {
        options.ConfigurationManager = new DevelopmentIssuerConfiguration(this);
        var parameters = options.TokenValidationParameters;
        parameters.IssuerValidator = null;
        parameters.ValidIssuers = null;
        parameters.ValidIssuer = Issuer;
        parameters.AudienceValidator = null;
        parameters.ValidAudiences = null;
        parameters.ValidAudience = Audience;
    }

    private RsaSecurityKey LoadKey(bool includePrivate)
    {
        if (!File.Exists(KeyFile))
        {
            CreateKeyFile();
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(KeyFile));
        var key = new RsaSecurityKey(rsa.ExportParameters(includePrivate));
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private void CreateKeyFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        using var rsa = RSA.Create(2048);
        var temporary = $"{KeyFile}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        // The host and a token command may create the key at the same moment: the first rename wins and both use its key.
        try
        {
            File.Move(temporary, KeyFile, overwrite: false);
        }
        catch (IOException) when (File.Exists(KeyFile))
        {
            File.Delete(temporary);
        }
    }
}
