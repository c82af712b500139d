using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One step of the approval chain a proposal was submitted under: the role that takes it and what it may do there.</summary>
/// <param name="Role">The role, as in tokens (<c>Province.Police</c>).</param>
/// <param name="Actions">The actions of the step.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ChainStepInfo")]
public sealed record ChainStepInfo([property: Id(0)] string Role, [property: Id(1)] IReadOnlyList<ProposalAction> Actions);
