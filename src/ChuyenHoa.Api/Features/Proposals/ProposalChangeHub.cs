using ChuyenHoa.Api.GraphQL.Subscriptions;
using ChuyenHoa.Contracts.Conversion;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>This node's window on proposal changes, per province: subscribers get the proposal as it is after the change.</summary>
public sealed class ProposalChangeHub(IGrainFactory grains, ILogger<ProposalChangeHub> logger)
    : GrainObserverHub<IProposalObserver, ProposalInfo>(grains, logger)
{
    protected override TimeSpan SubscriptionLifetime => IProvinceProposalsGrain.SubscriptionLifetime;

    protected override Task SubscribeAsync(string grainKey, IProposalObserver observer) => Grains.GetGrain<IProvinceProposalsGrain>(grainKey).SubscribeAsync(observer);

    protected override Task UnsubscribeAsync(string grainKey, IProposalObserver observer) => Grains.GetGrain<IProvinceProposalsGrain>(grainKey).UnsubscribeAsync(observer);

    protected override IProposalObserver Listener(string grainKey, Action<ProposalInfo> publish) => new ProposalListener(this, publish);

    private sealed class ProposalListener(ProposalChangeHub hub, Action<ProposalInfo> publish) : IProposalObserver
    {
        public void ProposalChanged(ProposalSummary summary) => _ = PublishAsync(summary);

        private async Task PublishAsync(ProposalSummary summary)
        {
            try
            {
                if (await hub.Grains.GetGrain<IRemovalProposalGrain>(summary.Id).GetAsync() is { } proposal)
                {
                    publish(proposal);
                }
            }
            catch (Exception e)
            {
                hub.Logger.LogWarning(e, "Loading changed proposal {Proposal} failed", summary.Id);
            }
        }
    }
}
