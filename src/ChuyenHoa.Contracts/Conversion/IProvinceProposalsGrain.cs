using Orleans.Concurrency;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The proposals of one province, keyed by province code: what the review screen lists.</summary>
[Alias("ChuyenHoa.IProvinceProposalsGrain")]
public interface IProvinceProposalsGrain : IGrainWithStringKey
{
    /// <summary>Records a proposal's latest state; an older version than the one held is ignored.</summary>
    [Alias("Upsert")]
    Task UpsertAsync(ProposalSummary summary);

    /// <summary>Newest first, filtered by status when any are given.</summary>
    [Alias("List"), AlwaysInterleave]
    Task<IReadOnlyList<ProposalSummary>> ListAsync(IReadOnlyList<RemovalProposalStatus> statuses);

    /// <summary>Tells the observer of every change from now on, for <see cref="SubscriptionLifetime"/>; subscribe again before it ends.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IProposalObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IProposalObserver observer);

    static TimeSpan SubscriptionLifetime => TimeSpan.FromMinutes(5);
}
