using Orleans.Concurrency;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>Hears of every reporting notice of a province (each API node has one, for its subscribers).</summary>
[Alias("ChuyenHoa.IReportingObserver")]
public interface IReportingObserver : IGrainObserver
{
    /// <summary>A commune's report became due soon or overdue; one-way, so a slow observer never holds up the check.</summary>
    [Alias("NoticeSent"), OneWay]
    void NoticeSent(ReportingNotice notice);
}
