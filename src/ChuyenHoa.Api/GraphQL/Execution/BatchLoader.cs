using System.Diagnostics.Metrics;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// Collects the keys that the resolvers of one execution level ask for, then fetches them all at once when
/// GraphQL.NET resolves the level's <see cref="IDataLoaderResult"/>s. One instance per request, thread-safe
/// (sibling resolvers run in parallel). A cancelled request stops waiting at once: the fetch is handed the
/// request's token and abandoned when it fires, even when the grain calls inside it cannot be cancelled.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    /// <summary>Batch sizes, so that operators (and tests) see that grain calls are batched.</summary>
    public static readonly Histogram<int> BatchSize = ApiMetrics.Meter.CreateHistogram<int>("chuyenhoa.graphql.batch.size", description: "Keys fetched per batch");

    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _loaded = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Result)> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue(key, out var task))
            {
                var source = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending.Add((key, source));
                _loaded[key] = task = source.Task;
            }

            return new Pending(this, task);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Result)> batch;
        lock (_gate)
        {
            (batch, _pending) = (_pending, []);
        }

        if (batch.Count == 0)
        {
            return;
        }

        BatchSize.Record(batch.Count, new KeyValuePair<string, object?>("loader", name));
        try
        {
            var values = await fetch([.. batch.Select(b => b.Key)], cancellationToken).WaitAsync(cancellationToken);
            foreach (var (key, result) in batch)
            {
                result.TrySetResult(values.GetValueOrDefault(key));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var (_, result) in batch)
            {
                result.TrySetCanceled(cancellationToken);
            }
        }
        catch (Exception e)
        {
            foreach (var (_, result) in batch)
            {
                result.TrySetException(e);
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Task<TValue?> task) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!task.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            // Another waiter may have started the fetch: this one still stops when its own request is cancelled.
            return await task.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
