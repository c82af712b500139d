using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Api.GraphQL.Subscriptions;

/// <summary>
/// This node's window on what a grain announces to observers: one Orleans observer per watched grain, shared by every
/// subscriber here, renewed while anyone listens. A feature says how to subscribe to its grain and what its observer passes on.
/// </summary>
/// <typeparam name="TObserver">The grain observer interface the grain calls.</typeparam>
/// <typeparam name="TEvent">What subscribers get.</typeparam>
public abstract class GrainObserverHub<TObserver, TEvent>(IGrainFactory grains, ILogger logger) : IAsyncDisposable
    where TObserver : class, IGrainObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GrainFeed> _feeds = new(StringComparer.Ordinal);

    protected IGrainFactory Grains => grains;

    protected ILogger Logger => logger;

    /// <summary>How long the grain keeps a subscription unless renewed; renewed three times as often.</summary>
    protected abstract TimeSpan SubscriptionLifetime { get; }

    /// <summary>
    /// What the grain announces from now on that passes the filter; dispose the subscription to stop. With
    /// <paramref name="current"/>, a subscriber first gets what it returns once the grain is known to tell this node, so that an
    /// announcement made while the subscription was on its way is not lost (it may come twice: as current and as announced).
    /// </summary>
    public IObservable<TEvent> Watch(string grainKey, Func<TEvent, bool> filter, Func<Task<IReadOnlyList<TEvent>>>? current = null) =>
        new Feed(this, grainKey, filter, current);

    public async ValueTask DisposeAsync()
    {
        GrainFeed[] feeds;
        lock (_gate)
        {
            feeds = [.. _feeds.Values];
            _feeds.Clear();
        }

        foreach (var feed in feeds)
        {
            await feed.StopAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task SubscribeAsync(string grainKey, TObserver observer);

    protected abstract Task UnsubscribeAsync(string grainKey, TObserver observer);

    /// <summary>The observer the grain calls, which hands each event to <paramref name="publish"/>.</summary>
    protected abstract TObserver Listener(string grainKey, Action<TEvent> publish);

    private IDisposable Add(string grainKey, Subscriber subscriber, Func<Task<IReadOnlyList<TEvent>>>? current)
    {
        GrainFeed feed;
        lock (_gate)
        {
            if (!_feeds.TryGetValue(grainKey, out feed!))
            {
                _feeds[grainKey] = feed = new GrainFeed(this, grainKey);
            }

            lock (feed.Subscribers)
            {
                feed.Subscribers.Add(subscriber);
            }
        }

        feed.EnsureStarted();
        if (current is not null)
        {
            _ = SendCurrentAsync(feed, subscriber, current);
        }

        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                lock (feed.Subscribers)
                {
                    feed.Subscribers.Remove(subscriber);
                    if (feed.Subscribers.Count > 0)
                    {
                        return;
                    }
                }

                _feeds.Remove(grainKey);
            }

            _ = feed.StopAsync();
        });
    }

    private async Task SendCurrentAsync(GrainFeed feed, Subscriber subscriber, Func<Task<IReadOnlyList<TEvent>>> current)
    {
        try
        {
            await feed.Subscribed;
            foreach (var change in (await current()).Where(subscriber.Filter))
            {
                subscriber.Send(change);
            }
        }
        catch (Exception e)
        {
            // The live feed goes on; only the catch-up is missed, as it would be without it.
            logger.LogWarning(e, "Sending a new subscriber what is current failed");
        }
    }

    private sealed class Feed(GrainObserverHub<TObserver, TEvent> hub, string grainKey, Func<TEvent, bool> filter, Func<Task<IReadOnlyList<TEvent>>>? current)
        : IObservable<TEvent>
    {
        public IDisposable Subscribe(IObserver<TEvent> observer) => hub.Add(grainKey, new Subscriber(observer, filter), current);
    }

    private sealed record Subscriber(IObserver<TEvent> Observer, Func<TEvent, bool> Filter)
    {
        /// <summary>One event at a time: the catch-up and the live feed may both be sending.</summary>
        public void Send(TEvent change)
        {
            lock (Observer)
            {
                Observer.OnNext(change);
            }
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }

    private sealed class GrainFeed(GrainObserverHub<TObserver, TEvent> hub, string grainKey)
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        // Orleans holds an observer object weakly: the feed holds it for as long as it listens.
        private TObserver? _listener;
        private TObserver? _reference;
        private Task? _renewal;

        public List<Subscriber> Subscribers { get; } = [];

        /// <summary>Completes once the grain has taken this node's observer; cancelled when the feed stops first.</summary>
        public Task Subscribed => _subscribed.Task;

        public void EnsureStarted()
        {
            lock (Subscribers)
            {
                if (_reference is not null)
                {
                    return;
                }

                _listener = hub.Listener(grainKey, Publish);
                _reference = hub.Grains.CreateObjectReference<TObserver>(_listener);
                _renewal = RenewAsync(_reference, _stop.Token);
            }
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            _subscribed.TrySetCanceled();
            if (_reference is { } reference)
            {
                try
                {
                    await hub.UnsubscribeAsync(grainKey, reference);
                }
                catch (Exception e)
                {
                    hub.Logger.LogDebug(e, "Unsubscribing from {Grain} failed; the subscription expires by itself", grainKey);
                }

                hub.Grains.DeleteObjectReference<TObserver>(reference);
            }

            if (_renewal is not null)
            {
                await _renewal.ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        private async Task RenewAsync(TObserver reference, CancellationToken cancellationToken)
        {
            var renewEvery = hub.SubscriptionLifetime / 3;
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await hub.SubscribeAsync(grainKey, reference);
                    _subscribed.TrySetResult();
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    hub.Logger.LogWarning(e, "Subscribing to {Grain} failed; retrying", grainKey);
                    renewEvery = TimeSpan.FromSeconds(5);
                }

                await Task.Delay(renewEvery, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        private void Publish(TEvent change)
        {
            Subscriber[] subscribers;
            lock (Subscribers)
            {
                subscribers = [.. Subscribers];
            }

            foreach (var subscriber in subscribers.Where(s => s.Filter(change)))
            {
                subscriber.Send(change);
            }
        }
    }
}
