namespace ChuyenHoa.Proposals;

/// <summary>An action a caller may take now and where it leaves the proposal.</summary>
public sealed record ProposalMove(ProposalAction Action, ProposalPosition Next);
