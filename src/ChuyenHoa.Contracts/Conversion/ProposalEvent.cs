using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One transition of a proposal: who, in which role, when, why. Append-only.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalEvent")]
public sealed record ProposalEvent(
    [property: Id(0)] ProposalAction Action,
    [property: Id(1)] RemovalProposalStatus Status,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string ActorName,
    [property: Id(4)] string Role,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string? Reason,
    [property: Id(7)] string? ClientMutationId = null);
