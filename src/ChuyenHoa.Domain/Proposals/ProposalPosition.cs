namespace ChuyenHoa.Proposals;

/// <summary>
/// Where a proposal stands in its <see cref="ApprovalChain"/>: its status and the index of the step that acts next (0, the
/// proposer, after a return; 1 once submitted; one more after each endorsement), null once decided or withdrawn.
/// </summary>
public readonly record struct ProposalPosition(RemovalProposalStatus Status, int? Step);
