namespace ChuyenHoa.Proposals;

public enum ProposalAction
{
    Submit,
    Resubmit,
    Withdraw,
    Approve,
    Reject,
    Return,
}
