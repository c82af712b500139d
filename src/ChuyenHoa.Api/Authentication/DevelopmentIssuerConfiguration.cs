using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChuyenHoa.Api.Authentication;

/// <summary>
/// The development issuer's configuration for JwtBearer, built from the key file rather than fetched
/// from the host's own metadata endpoint, whose address is not known before Kestrel binds (port 0 in tests).
/// </summary>
internal sealed class DevelopmentIssuerConfiguration(DevelopmentIssuer issuer) : IConfigurationManager<OpenIdConnectConfiguration>
{
    private OpenIdConnectConfiguration? _current;

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (Volatile.Read(ref _current) is not { } current)
        {
            current = new OpenIdConnectConfiguration { Issuer = DevelopmentIssuer.Issuer };
            current.SigningKeys.Add(issuer.LoadPublicKey());
            Volatile.Write(ref _current, current);
        }

        return Task.FromResult(current);
    }

    /// <summary>Asked for when a token names an unknown key: read the key file again, in case it was replaced.</summary>
    public void RequestRefresh() => Volatile.Write(ref _current, null);
}
