using Orleans.Concurrency;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>Hears of every change of a province's proposals (each API node has one, for its subscribers).</summary>
[Alias("ChuyenHoa.IProposalObserver")]
public interface IProposalObserver : IGrainObserver
{
    [Alias("ProposalChanged"), OneWay]
    void ProposalChanged(ProposalSummary summary);
}
