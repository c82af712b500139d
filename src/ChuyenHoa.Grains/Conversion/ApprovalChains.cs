using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

internal static class ApprovalChains
{
    /// <summary>
    /// The chain a new proposal takes: the default of its plan's edition, not the province's newest one, since a province
    /// onboarded on both editions still decides its 2023 plan the three-level way. The plan names communes of the edition in
    /// force on its decision date, and in the two-level edition a commune's parent, which the submission carries, is its province.
    /// </summary>
    public static ApprovalChain For(ProposalSubmission submission) =>
        submission.DistrictCode == submission.ProvinceCode ? ApprovalChain.TwoLevel : ApprovalChain.ThreeLevel;
}
