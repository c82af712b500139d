namespace ChuyenHoa.Proposals;

/// <summary>
/// One step of an <see cref="ApprovalChain"/>: the role that takes it, the actions it may take there, and the types of the
/// documents its proposing actions (submit, resubmit) need attached; only the proposer's step may require any.
/// </summary>
public sealed record ApprovalStep(string Role, IReadOnlyList<ProposalAction> Actions, IReadOnlyList<DocumentType> RequiredDocuments)
{
    /// <summary>A step that requires no documents.</summary>
    public ApprovalStep(string role, IReadOnlyList<ProposalAction> actions)
        : this(role, actions, [])
    {
    }
}
