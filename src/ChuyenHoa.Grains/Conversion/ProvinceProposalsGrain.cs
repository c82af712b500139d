using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

public sealed class ProvinceProposalsGrain(
    [PersistentState("proposals", StorageNames.Documents)] IPersistentState<ProvinceProposalsGrain.State> state) : Grain, IProvinceProposalsGrain
{
    public async Task UpsertAsync(ProposalSummary summary)
    {
        if (state.State.Proposals.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return;
        }

        state.State.Proposals[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ProposalSummary>> ListAsync(IReadOnlyList<RemovalProposalStatus> statuses) =>
        Task.FromResult<IReadOnlyList<ProposalSummary>>(state.State.Proposals.Values
            .Where(p => statuses.Count == 0 || statuses.Contains(p.Status))
            .OrderByDescending(p => p.UpdatedAt)
            .ThenBy(p => p.Id)
            .ToArray());

    [GenerateSerializer, Alias("ChuyenHoa.ProvinceProposalsGrain.State")]
    public sealed class State
    {
        [Id(0)] public Dictionary<Guid, ProposalSummary> Proposals { get; set; } = [];
    }
}
