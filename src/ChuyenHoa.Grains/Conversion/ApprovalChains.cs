using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

internal static class ApprovalChains
{
    /// <summary>The edition of a submission's plan: three-level for a submission of a plan grain that did not name it yet.</summary>
    public static DivisionEdition EditionOf(ProposalSubmission submission) =>
        submission.EditionId is { } editionId && DivisionEdition.Find(editionId) is { } edition ? edition : DivisionEdition.ThreeLevel2024;

    /// <summary>
    /// The chain a new proposal takes: the default of its plan's edition, not the province's newest one, since a province
    /// onboarded on both editions still decides its 2023 plan the three-level way.
    /// </summary>
    public static ApprovalChain For(ProposalSubmission submission) => ApprovalChain.DefaultFor(EditionOf(submission));
}
