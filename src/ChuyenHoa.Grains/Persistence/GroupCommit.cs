namespace ChuyenHoa.Grains.Persistence;

/// <summary>
/// One write of a grain's state for every change made while the previous write was under way (a group commit): under a
/// burst of calls that interleave, each waits for a write that includes its change, and the grain writes once per round
/// trip to storage instead of once per call. Only one write is ever in flight, so writes never race on the ETag.
/// Used on the grain's scheduler only. After a failed write the state in memory is no longer known to match storage: every
/// waiter then hears of the failure (the grain's call filter deactivates it, and the next call reloads what was stored).
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private TaskCompletionSource? _writing;
    private TaskCompletionSource? _next;
    private Exception? _failed;

    /// <summary>Completes when a write that started after this call has stored the state.</summary>
    public Task CommitAsync()
    {
        if (_failed is not null)
        {
            return Task.FromException(_failed);
        }

        var next = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_writing is null)
        {
            _ = WriteAsync();
        }

        return next.Task;
    }

    /// <summary>Completes when every change made so far is stored (at once when no write is under way or waiting).</summary>
    public Task WhenStoredAsync() =>
        _failed is not null ? Task.FromException(_failed) : (_next ?? _writing)?.Task ?? Task.CompletedTask;

    private async Task WriteAsync()
    {
        while (_next is { } batch)
        {
            (_writing, _next) = (batch, null);
            try
            {
                await write();
                batch.SetResult();
            }
            catch (Exception e)
            {
                _failed = e;
                batch.SetException(e);
                _next?.SetException(e);
                _next = null;
            }
        }

        _writing = null;
    }
}
