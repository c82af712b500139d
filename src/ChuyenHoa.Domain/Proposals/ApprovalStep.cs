namespace ChuyenHoa.Proposals;

/// <summary>One step of an <see cref="ApprovalChain"/>: the role that takes it and the actions it may take there.</summary>
public sealed record ApprovalStep(string Role, IReadOnlyList<ProposalAction> Actions);
