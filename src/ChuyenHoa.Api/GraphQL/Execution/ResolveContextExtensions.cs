using Microsoft.Extensions.DependencyInjection;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Periods;
using GraphQL;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.GraphQL.Execution;

public static class ResolveContextExtensions
{
    public static GraphQLRequestContext Request(this IResolveFieldContext context) =>
        context.UserContext as GraphQLRequestContext ?? throw new InvalidOperationException("The transport sets a GraphQLRequestContext.");

    /// <summary>The request's scope-checking loaders: the only way resolvers read units, plans, proposals, indicators and report histories.</summary>
    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.Request().Loaders;

    public static IGrainFactory Grains(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The signed-in caller; the transport refuses anonymous requests with 401 before execution.</summary>
    public static Caller Caller(this IResolveFieldContext context) =>
        context.Request().Caller ?? throw Error(ErrorCodes.Forbidden, "Cần đăng nhập để dùng chức năng này.");

    /// <summary>The unit's values for a period (those asked for, or all), empty when the caller may not read them.</summary>
    public static IDataLoaderResult<IReadOnlyList<IndicatorValueInfo>> LoadIndicators(this IResolveFieldContext context, UnitInfo unit, string period, IReadOnlyList<string>? indicators)
    {
        var parsed = ParsePeriod(period, "period");
        return context.Loaders().Indicators(unit, parsed.ToString())
            .Then(values => (IReadOnlyList<IndicatorValueInfo>)values.Where(v => indicators is null || indicators.Count == 0 || indicators.Contains(v.Indicator)).ToArray());
    }

    public static Period ParsePeriod(string text, string argument) =>
        Period.TryParse(text, out var period, out var error) ? period : throw Error(ErrorCodes.ValidationFailed, error!.Message, argument);

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
