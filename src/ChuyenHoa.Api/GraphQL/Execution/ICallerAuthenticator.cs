using ChuyenHoa.Contracts.Security;
using Microsoft.AspNetCore.Http;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>Turns a request (or the bearer token of a WebSocket's connection_init) into a caller, through the real authentication pipeline.</summary>
public interface ICallerAuthenticator
{
    /// <summary>The caller of an HTTP request, or null when it carries no valid token.</summary>
    Task<Caller?> AuthenticateAsync(HttpContext context);

    /// <summary>The caller a bearer token stands for, validated as if it came in an Authorization header of this request, and until when it holds.</summary>
    Task<AuthenticatedCaller?> AuthenticateTokenAsync(HttpContext context, string authorizationHeader);
}

/// <summary>A caller, and the instant their token stops being accepted: its expiry plus the clock skew the bearer handler allows.</summary>
public sealed record AuthenticatedCaller(Caller Caller, DateTimeOffset? ValidUntil);
