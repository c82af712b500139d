using ChuyenHoa.Contracts.Conversion;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>
/// This node's window on proposal changes: one Orleans observer per watched province, shared by every
/// subscriber here, renewed while anyone listens. Subscribers get the proposal as it is after the change.
/// </summary>
public sealed class ProposalChangeHub(IGrainFactory grains, ILogger<ProposalChangeHub> logger) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ProvinceFeed> _feeds = new(StringComparer.Ordinal);

    /// <summary>Changes of a province's proposals from now on that pass the filter; dispose the subscription to stop.</summary>
    public IObservable<ProposalInfo> Watch(string provinceCode, Func<ProposalInfo, bool> filter) => new Feed(this, provinceCode, filter);

    public async ValueTask DisposeAsync()
    {
        ProvinceFeed[] feeds;
        lock (_gate)
        {
            feeds = [.. _feeds.Values];
            _feeds.Clear();
        }

        foreach (var feed in feeds)
        {
            await feed.StopAsync();
        }
    }

    private IDisposable Add(string provinceCode, Subscriber subscriber)
    {
        ProvinceFeed feed;
        lock (_gate)
        {
            if (!_feeds.TryGetValue(provinceCode, out feed!))
            {
                _feeds[provinceCode] = feed = new ProvinceFeed(grains, provinceCode, logger);
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

                _feeds.Remove(provinceCode);
            }

            _ = feed.StopAsync();
        });
    }

    private sealed class Feed(ProposalChangeHub hub, string provinceCode, Func<ProposalInfo, bool> filter) : IObservable<ProposalInfo>
    {
        public IDisposable Subscribe(IObserver<ProposalInfo> observer) => hub.Add(provinceCode, new Subscriber(observer, filter));
    }

    private sealed record Subscriber(IObserver<ProposalInfo> Observer, Func<ProposalInfo, bool> Filter);

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

    private sealed class ProvinceFeed(IGrainFactory grains, string provinceCode, ILogger logger) : IProposalObserver
    {
        private readonly IProvinceProposalsGrain _grain = grains.GetGrain<IProvinceProposalsGrain>(provinceCode);
        private readonly CancellationTokenSource _stop = new();
        private IProposalObserver? _reference;
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

                _reference = grains.CreateObjectReference<IProposalObserver>(this);
                _renewal = RenewAsync(_reference, _stop.Token);
            }
        }

        public void ProposalChanged(ProposalSummary summary) => _ = PublishAsync(summary);

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            if (_reference is { } reference)
            {
                try
                {
                    await _grain.UnsubscribeAsync(reference);
                }
                catch (Exception e)
                {
                    logger.LogDebug(e, "Unsubscribing from proposals of {Province} failed; the subscription expires by itself", provinceCode);
                }

                grains.DeleteObjectReference<IProposalObserver>(reference);
            }

            if (_renewal is not null)
            {
                await _renewal.ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        private async Task RenewAsync(IProposalObserver reference, CancellationToken cancellationToken)
        {
            var renewEvery = IProvinceProposalsGrain.SubscriptionLifetime / 3;
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await _grain.SubscribeAsync(reference);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Subscribing to proposals of {Province} failed; retrying", provinceCode);
                    renewEvery = TimeSpan.FromSeconds(5);
                }

                await Task.Delay(renewEvery, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        private async Task PublishAsync(ProposalSummary summary)
        {
            try
            {
                var proposal = await grains.GetGrain<IRemovalProposalGrain>(summary.Id).GetAsync();
                if (proposal is null)
                {
                    return;
                }

                Subscriber[] subscribers;
                lock (Subscribers)
                {
                    subscribers = [.. Subscribers];
                }

                foreach (var subscriber in subscribers.Where(s => s.Filter(proposal)))
                {
                    subscriber.Observer.OnNext(proposal);
                }
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Loading changed proposal {Proposal} failed", summary.Id);
            }
        }
    }
}
