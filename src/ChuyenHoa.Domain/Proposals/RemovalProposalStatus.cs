namespace ChuyenHoa.Proposals;

public enum RemovalProposalStatus
{
    /// <summary>Sent by the district, awaiting the province's decision.</summary>
    Submitted,

    /// <summary>The province approved: the commune leaves the plan's list from the decision date.</summary>
    Approved,

    /// <summary>The province refused: the commune stays on the list.</summary>
    Rejected,

    /// <summary>The province sent it back for more work; the district may resubmit or withdraw.</summary>
    Returned,

    /// <summary>The district took it back before a decision.</summary>
    Withdrawn,

    /// <summary>
    /// Reviewed and endorsed by a step between the proposer and the decider (the provincial police in the two-level chain);
    /// awaiting the next step. Last, so that the values stored for the others keep their meaning.
    /// </summary>
    Endorsed,
}
