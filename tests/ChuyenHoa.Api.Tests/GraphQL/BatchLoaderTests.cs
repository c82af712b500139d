using ChuyenHoa.Api.GraphQL.Execution;

namespace ChuyenHoa.Api.Tests.GraphQL;

public sealed class BatchLoaderTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_cancelled_request_cancels_the_pending_fetch_and_its_waiters()
    {
        var fetchCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new BatchLoader<string, string>("test", async (keys, token) =>
        {
            token.Register(() => fetchCancelled.TrySetResult());
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return keys.ToDictionary(k => k);
        });
        using var request = new CancellationTokenSource();
        var first = loader.Load("a").GetResultAsync(request.Token);
        var second = loader.Load("b").GetResultAsync(request.Token);

        await request.CancelAsync();

        await fetchCancelled.Task.WaitAsync(Prompt);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Prompt));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(Prompt));
    }

    [Fact]
    public async Task A_cancelled_request_stops_waiting_for_a_fetch_that_cannot_be_cancelled()
    {
        // Grain calls take no token: the fetch goes on, but the request must not wait for it.
        var neverAnswered = new TaskCompletionSource<IReadOnlyDictionary<string, string>>();
        var loader = new BatchLoader<string, string>("test", (_, _) => neverAnswered.Task);
        using var request = new CancellationTokenSource();
        var dispatching = loader.Load("a").GetResultAsync(request.Token);
        var waiting = loader.Load("a").GetResultAsync(request.Token);

        await request.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatching.WaitAsync(Prompt));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Prompt));
    }

    [Fact]
    public async Task Keys_asked_for_before_the_first_wait_go_out_in_one_batch()
    {
        var batches = new List<IReadOnlyList<int>>();
        var loader = new BatchLoader<int, int>("test", (keys, _) =>
        {
            batches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10));
        });
        var pending = Enumerable.Range(1, 3).Select(loader.Load).ToArray();

        var values = await Task.WhenAll(pending.Select(p => p.GetResultAsync()));

        Assert.Equal([10, 20, 30], values);
        Assert.Equal([[1, 2, 3]], batches);
    }
}
