using Microsoft.Extensions.DependencyInjection;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using GraphQL;

namespace ChuyenHoa.Api.GraphQL.Execution;

public static class ResolveContextExtensions
{
    public static GraphQLRequestContext Request(this IResolveFieldContext context) =>
        context.UserContext as GraphQLRequestContext ?? throw new InvalidOperationException("The transport sets a GraphQLRequestContext.");

    /// <summary>The request's scope-checking loader of one object kind: the only way resolvers read objects of that kind.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context)
        where TLoader : class, IRequestLoader<TLoader> =>
        context.Request().Loader<TLoader>();

    public static IGrainFactory Grains(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The signed-in caller; the transport refuses anonymous requests with 401 before execution.</summary>
    public static Caller Caller(this IResolveFieldContext context) =>
        context.Request().Caller ?? throw Error(ErrorCodes.Forbidden, "Cần đăng nhập để dùng chức năng này.");

    public static ExecutionError Error(string code, string message, string? field = null)
    {
        var error = new ExecutionError(message) { Code = code };
        if (field is not null)
        {
            error.Data["field"] = field;
        }

        return error;
    }
}
