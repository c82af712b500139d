using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>The approval chain new proposals of a province take in one edition.</summary>
/// <param name="ProvinceCode">The province's 2-digit GSO code.</param>
/// <param name="EditionId">The edition whose plans it applies to.</param>
/// <param name="Steps">Its steps, the proposer first.</param>
/// <param name="IsDefault">Whether it is the edition's default (the province set none of its own).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ApprovalChainInfo")]
public sealed record ApprovalChainInfo(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] string EditionId,
    [property: Id(2)] IReadOnlyList<ChainStepInfo> Steps,
    [property: Id(3)] bool IsDefault)
{
    /// <summary>The chain itself; its steps were checked when it was set.</summary>
    public ApprovalChain ToChain() => ApprovalChain.Create([.. Steps.Select(s => s.ToStep())]).Value;
}
