using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>Runs the bearer scheme of the app (Microsoft.Identity.Web and the tenancy checks) and maps the principal to a caller.</summary>
public sealed class BearerCallerAuthenticator(CallerFactory callers, IOptionsMonitor<JwtBearerOptions> bearer) : ICallerAuthenticator
{
    public async Task<Caller?> AuthenticateAsync(HttpContext context) => (await AuthenticateWithExpiryAsync(context))?.Caller;

    public async Task<AuthenticatedCaller?> AuthenticateTokenAsync(HttpContext context, string authorizationHeader)
    {
        // The token of a WebSocket's connection_init goes through the same handler as an Authorization header would,
        // in a scope of its own: handlers are cached per scope, bound to the request they were first asked about.
        await using var scope = context.RequestServices.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = authorizationHeader;
        return await AuthenticateWithExpiryAsync(probe);
    }

    private async Task<AuthenticatedCaller?> AuthenticateWithExpiryAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || !callers.TryCreate(result.Principal, out var caller))
        {
            return null;
        }

        // The handler accepts a token until its exp plus the skew it is configured with; a socket holds it no longer.
        var skew = bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.ClockSkew;
        var expires = long.TryParse(result.Principal.FindFirst("exp")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) + skew
            : (DateTimeOffset?)null;
        return new AuthenticatedCaller(caller, expires);
    }
}
