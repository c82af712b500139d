using Microsoft.Extensions.DependencyInjection;
using ChuyenHoa.AdministrativeUnits;
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

    public static IGrainFactory Grains(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The signed-in caller; the transport refuses anonymous requests with 401 before execution.</summary>
    public static Caller Caller(this IResolveFieldContext context) =>
        context.Request().Caller ?? throw Error(ErrorCodes.Forbidden, "Cần đăng nhập để dùng chức năng này.");

    /// <summary>Whether the caller may read a unit: a unit they may not read is reported as not found, never as forbidden.</summary>
    public static bool CanRead(this IResolveFieldContext context, UnitInfo unit) =>
        context.Request().Caller is { } caller && caller.Scope.CanReadUnit(unit.ProvinceCode, DistrictOf(unit));

    public static bool CanReadProvince(this IResolveFieldContext context, string provinceCode) =>
        context.Request().Caller is { } caller && caller.Scope.CanReadUnit(provinceCode, null);

    /// <summary>The unit's district in a three-level edition; null for a province and for a commune directly under one.</summary>
    public static string? DistrictOf(UnitInfo unit) => unit.Level switch
    {
        UnitLevel.District => unit.Code,
        UnitLevel.Commune when unit.ParentCode != unit.ProvinceCode => unit.ParentCode,
        _ => null,
    };

    /// <summary>A unit of the given level that the caller may read, or null.</summary>
    public static IDataLoaderResult<UnitInfo?> LoadReadableUnit(this IResolveFieldContext context, string? code, UnitLevel level) =>
        code is null
            ? new Ready<UnitInfo?>(null)
            : context.Request().Loaders.Units.Load(code).Then(u => u is not null && u.Level == level && context.CanRead(u) ? u : null);

    public static IDataLoaderResult<IReadOnlyList<IndicatorValueInfo>> LoadIndicators(this IResolveFieldContext context, UnitInfo unit, string period, IReadOnlyList<string>? indicators)
    {
        var parsed = ParsePeriod(period, "period");
        return context.Request().Loaders.Indicators.Load((unit.Code, parsed.ToString()))
            .Then(values => (IReadOnlyList<IndicatorValueInfo>)(values ?? []).Where(v => indicators is null || indicators.Count == 0 || indicators.Contains(v.Indicator)).ToArray());
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

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) => new Mapped<T, TResult>(source, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Ready<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
