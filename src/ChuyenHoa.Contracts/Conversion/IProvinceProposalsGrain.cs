using Orleans.Concurrency;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The proposals of one province, keyed by province code: what the review screen lists.</summary>
[Alias("ChuyenHoa.IProvinceProposalsGrain")]
public interface IProvinceProposalsGrain : IGrainWithStringKey
{
    /// <summary>Records a proposal's latest state and tells the observers; an older version than the one held is ignored. Called by the proposal.</summary>
    [Alias("Upsert")]
    Task UpsertAsync(ProposalSummary summary);

    /// <summary>The province's proposals, latest change first, filtered by status when any are given. Not scope-checked: the caller checks the province and filters districts.</summary>
    [Alias("List"), AlwaysInterleave]
    Task<IReadOnlyList<ProposalSummary>> ListAsync(IReadOnlyList<RemovalProposalStatus> statuses);

    /// <summary>Tells the observer of every change from now on, for <see cref="SubscriptionLifetime"/>; subscribe again before it ends.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IProposalObserver observer);

    /// <summary>Stops telling the observer; nothing happens when it was not subscribed.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IProposalObserver observer);

    /// <summary>How long a subscription lasts unless renewed: an observer whose node died falls away after it.</summary>
    static TimeSpan SubscriptionLifetime => TimeSpan.FromMinutes(5);
}
