using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace ChuyenHoa.Grains.Conversion;

public sealed class ProvinceProposalsGrain(
    [PersistentState("proposals", StorageNames.Documents)] IPersistentState<ProvinceProposalsGrain.State> state,
    TimeProvider clock,
    ILogger<ProvinceProposalsGrain> logger) : Grain, IProvinceProposalsGrain
{
    // Observers live in memory only: a subscriber that stops renewing (its silo died) falls away by itself.
    private readonly ObserverManager<IProposalObserver> _observers = new(IProvinceProposalsGrain.SubscriptionLifetime, logger)
    {
        GetDateTime = () => clock.GetUtcNow().UtcDateTime,
    };

    public Task SubscribeAsync(IProposalObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IProposalObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task UpsertAsync(ProposalSummary summary)
    {
        if (state.State.Proposals.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return;
        }

        state.State.Proposals[summary.Id] = StoredProposalSummary.From(summary);
        await state.WriteStateAsync();
        _observers.Notify(observer => observer.ProposalChanged(summary));
    }

    public Task<IReadOnlyList<ProposalSummary>> ListAsync(IReadOnlyList<RemovalProposalStatus> statuses) =>
        Task.FromResult<IReadOnlyList<ProposalSummary>>(state.State.Proposals.Values
            .Where(p => statuses.Count == 0 || statuses.Contains(p.Status))
            .OrderByDescending(p => p.UpdatedAt)
            .ThenBy(p => p.Id)
            .Select(p => p.ToInfo())
            .ToArray());

    [GenerateSerializer, Alias("ChuyenHoa.ProvinceProposalsGrain.State")]
    public sealed class State
    {
        [Id(0)] public Dictionary<Guid, StoredProposalSummary> Proposals { get; set; } = [];
    }
}
