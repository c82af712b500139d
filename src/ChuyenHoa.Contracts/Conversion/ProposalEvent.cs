using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One transition of a proposal: who, in which role, when, why. Append-only.</summary>
/// <param name="Action">What was done.</param>
/// <param name="Status">The status the proposal took by it.</param>
/// <param name="ActorId">The user id of who did it.</param>
/// <param name="ActorName">Their display name at the time.</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Reason">Why, as they wrote it (returns and rejections); null when none was given.</param>
/// <param name="ClientMutationId">The client's idempotency key of the step, so that its retry is recognised; null when none was sent.</param>
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
