using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

internal static class ApprovalChains
{
    /// <summary>The edition of a submission's plan: three-level for a submission of a plan grain that did not name it yet.</summary>
    public static DivisionEdition EditionOf(ProposalSubmission submission) =>
        submission.EditionId is { } editionId && DivisionEdition.Find(editionId) is { } edition ? edition : DivisionEdition.ThreeLevel2024;

    /// <summary>
    /// The chain a new proposal takes: the one its province set for its plan's edition, or that edition's default; by the
    /// plan's edition, not the province's newest one, since a province onboarded on both editions still decides its 2023 plan
    /// the three-level way.
    /// </summary>
    public static Task<ApprovalChain> ForAsync(IGrainFactory grains, ProposalSubmission submission) =>
        ForAsync(grains, submission.ProvinceCode, EditionOf(submission));

    /// <inheritdoc cref="ForAsync(IGrainFactory, ProposalSubmission)"/>
    public static async Task<ApprovalChain> ForAsync(IGrainFactory grains, string provinceCode, DivisionEdition edition) =>
        (await grains.GetGrain<ITenantGrain>(provinceCode).GetApprovalChainAsync(edition.Id)).ToChain();
}
