using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
        // The token of a WebSocket's connection_init goes through the same handler as an Authorization header would,
        // in a scope of its own: handlers are cached per scope, bound to the request they were first asked about.
        await using var scope = context.RequestServices.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = authorizationHeader;
        return await AuthenticateAsync(probe);
    }
}
