namespace ChuyenHoa.Proposals;

public enum ProposalAction
{
    Submit,
    Resubmit,
    Withdraw,
    Approve,
    Reject,
    Return,

    /// <summary>A reviewing step (the provincial police) passes the proposal on to the next step. Last, so that stored values keep their meaning.</summary>
    Endorse,
}
