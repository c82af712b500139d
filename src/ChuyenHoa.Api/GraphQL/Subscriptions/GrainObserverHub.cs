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

    /// <summary>What the grain announces from now on that passes the filter; dispose the subscription to stop.</summary>
    public IObservable<TEvent> Watch(string grainKey, Func<TEvent, bool> filter) => new Feed(this, grainKey, filter);

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

    private IDisposable Add(string grainKey, Subscriber subscriber)
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

    private sealed class Feed(GrainObserverHub<TObserver, TEvent> hub, string grainKey, Func<TEvent, bool> filter) : IObservable<TEvent>
    {
        public IDisposable Subscribe(IObserver<TEvent> observer) => hub.Add(grainKey, new Subscriber(observer, filter));
    }

    private sealed record Subscriber(IObserver<TEvent> Observer, Func<TEvent, bool> Filter);

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
        // Orleans holds an observer object weakly: the feed holds it for as long as it listens.
        private TObserver? _listener;
        private TObserver? _reference;
        private Task? _renewal;

        public List<Subscriber> Subscribers { get; } = [];

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
                subscriber.Observer.OnNext(change);
            }
        }
    }
}
