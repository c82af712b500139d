using GraphQL.DataLoader;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>Composes <see cref="IDataLoaderResult{T}"/>s, so a loader's answer can be checked or shaped before a resolver returns it.</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<T> Ready<T>(T value) => new ReadyResult<T>(value);

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new Mapped<T, TResult>(source, (value, _) => Task.FromResult(map(value)));

    public static IDataLoaderResult<TResult> ThenAsync<T, TResult>(this IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> map) =>
        new Mapped<T, TResult>(source, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await map(await source.GetResultAsync(cancellationToken), cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class ReadyResult<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
