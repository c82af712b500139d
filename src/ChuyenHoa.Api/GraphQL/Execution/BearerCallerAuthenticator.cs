using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>Runs the bearer scheme of the app (Microsoft.Identity.Web and the tenancy checks) and maps the principal to a caller.</summary>
public sealed class BearerCallerAuthenticator(CallerFactory callers) : ICallerAuthenticator
{
    public async Task<Caller?> AuthenticateAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded && callers.TryCreate(result.Principal, out var caller) ? caller : null;
    }

    public async Task<Caller?> AuthenticateTokenAsync(HttpContext context, string authorizationHeader)
    {
        // The token of a WebSocket's connection_init goes through the same handler as an Authorization header would.
        var probe = new DefaultHttpContext { RequestServices = context.RequestServices };
        probe.Request.Headers.Authorization = authorizationHeader;
        return await AuthenticateAsync(probe);
    }
}
