using ChuyenHoa.Api.GraphQL.Subscriptions;
using ChuyenHoa.Contracts.Conversion;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Api.Features.Reporting;

/// <summary>This node's window on a province's reporting notices.</summary>
public sealed class ReportingNoticeHub(IGrainFactory grains, ILogger<ReportingNoticeHub> logger)
    : GrainObserverHub<IReportingObserver, ReportingNotice>(grains, logger)
{
    protected override TimeSpan SubscriptionLifetime => IReportingDeadlinesGrain.SubscriptionLifetime;

    protected override Task SubscribeAsync(string grainKey, IReportingObserver observer) => Grains.GetGrain<IReportingDeadlinesGrain>(grainKey).SubscribeAsync(observer);

    protected override Task UnsubscribeAsync(string grainKey, IReportingObserver observer) => Grains.GetGrain<IReportingDeadlinesGrain>(grainKey).UnsubscribeAsync(observer);

    protected override IReportingObserver Listener(string grainKey, Action<ReportingNotice> publish) => new NoticeListener(publish);

    private sealed class NoticeListener(Action<ReportingNotice> publish) : IReportingObserver
    {
        public void NoticeSent(ReportingNotice notice) => publish(notice);
    }
}
