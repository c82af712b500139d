using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>The request's removal proposals, each only when the caller may read the proposed commune's data; otherwise null.</summary>
public sealed class ProposalLoader(IGrainFactory grains, Caller? caller) : IRequestLoader<ProposalLoader>, INodeLoader
{
    private readonly BatchLoader<Guid, ProposalInfo> _proposals = new("proposals", async (ids, _) =>
    {
        var proposals = await Task.WhenAll(ids.Select(id => grains.GetGrain<IRemovalProposalGrain>(id).GetAsync()));
        return proposals.OfType<ProposalInfo>().ToDictionary(p => p.Id);
    });

    public static ProposalLoader Create(GraphQLRequestContext request) => new(request.Grains, request.Caller);

    /// <summary>
    /// Whether the caller may read a proposal (or a proposal summary) for a commune of a district; in the two-level structure
    /// the proposal carries the province's code in the district's place.
    /// </summary>
    public bool CanReadProposalOf(string provinceCode, string districtCode, string communeCode) =>
        caller?.Scope.CanReadCommune(provinceCode, districtCode == provinceCode ? null : districtCode, communeCode) == true;

    /// <summary>A proposal the caller may read, or null.</summary>
    public IDataLoaderResult<ProposalInfo?> Proposal(Guid id) =>
        _proposals.Load(id).Then(p => p is not null && CanReadProposalOf(p.ProvinceCode, p.DistrictCode, p.CommuneCode) ? p : null);

    /// <summary>The proposal when the caller may read it, for a proposal that a mutation or an event returns.</summary>
    public ProposalInfo? Visible(ProposalInfo? proposal) =>
        proposal is not null && CanReadProposalOf(proposal.ProvinceCode, proposal.DistrictCode, proposal.CommuneCode) ? proposal : null;

    /// <summary>A proposal's id in a global id (<c>RemovalProposal:{guid}</c>, the guid without dashes), or null when it is not one.</summary>
    public static Guid? IdOf(string? globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var key) && type == "RemovalProposal" && Guid.TryParseExact(key, "N", out var id) ? id : null;

    public IDataLoaderResult? LoadNode(string type, string key) =>
        type != "RemovalProposal" ? null
        : Guid.TryParseExact(key, "N", out var id) ? Proposal(id)
        : DataLoaderResults.Ready<ProposalInfo?>(null);
}
