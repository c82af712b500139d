using Orleans.Concurrency;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>Hears of every change of a province's proposals (each API node has one, for its subscribers).</summary>
[Alias("ChuyenHoa.IProposalObserver")]
public interface IProposalObserver : IGrainObserver
{
    /// <summary>A proposal of the province changed; one-way, so a slow or dead observer never holds up the province list.</summary>
    [Alias("ProposalChanged"), OneWay]
    void ProposalChanged(ProposalSummary summary);
}
