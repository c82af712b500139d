using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Security;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>
/// The plan's dry run of a proposal (<see cref="IConversionPlanGrain.PreviewProposalAsync"/>), at the grain boundary: it
/// evaluates as the submission's snapshot did, answers only callers who may read the commune, and stores nothing. A cluster
/// of its own: the collection's shared one takes reports that move Chiềng Khoang's figures away from those its proposal froze.
/// </summary>
public sealed class ProposalPreviewTests : ReferenceCaseCluster
{
    private IConversionPlanGrain Plan => Grains.GetGrain<IConversionPlanGrain>("14-2023");

    [Fact]
    public async Task The_preview_of_Chieng_Khoang_reads_as_the_snapshot_its_proposal_froze_on_the_same_figures_and_stores_nothing()
    {
        var before = (await Plan.GetAsync())!.Designations.Single(d => d.CommuneCode == "03718");

        var preview = await Plan.PreviewProposalAsync(ReferenceCaseLoader.DistrictCommittee("118"), "03718", []);
        var analyst = await Plan.PreviewProposalAsync(new Caller("analyst-14", "Chuyên viên phân tích", [Roles.Analyst], "14", null), "03718", []);

        var frozen = (await Proposal.GetAsync())!.Snapshot;
        Assert.Equal(frozen.Criteria.Select(c => (c.Met, c.Explanation)), preview.Value!.Criteria.Select(c => (c.Met, c.Explanation)));
        Assert.Equal(frozen.Indicators, preview.Value.Indicators);
        Assert.Equal(preview.Value.Criteria, analyst.Value!.Criteria);
        Assert.Equal(before.ProposalId, (await Plan.GetAsync())!.Designations.Single(d => d.CommuneCode == "03718").ProposalId);
        Assert.Single(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]));
    }

    [Fact]
    public async Task Another_districts_or_provinces_caller_a_commune_outside_the_plan_and_an_unknown_attestation_are_refused_without_figures()
    {
        var thuanChau = await Plan.PreviewProposalAsync(ReferenceCaseLoader.DistrictCommittee("119"), "03718", []);
        var laiChau = await Plan.PreviewProposalAsync(new Caller("province-12", "Ban Chỉ đạo tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null), "03718", []);
        var notDesignated = await Plan.PreviewProposalAsync(ReferenceCaseLoader.DistrictCommittee("118"), "03703", []);
        var unknownFact = await Plan.PreviewProposalAsync(ReferenceCaseLoader.DistrictCommittee("118"), "03718", [new AttestationInput("no_gangs", true, null)]);

        Assert.All([thuanChau, laiChau, notDesignated], outcome => Assert.Equal((null, ErrorCodes.NotFound), (outcome.Value, Assert.Single(outcome.Errors).Code)));
        // Another district's answer says nothing the caller could not know: the same words as a commune outside the plan.
        Assert.Equal(notDesignated.Errors[0].Message.Replace("03703", "03718", StringComparison.Ordinal), thuanChau.Errors[0].Message);
        Assert.Equal((ErrorCodes.ValidationFailed, "attestations[0].fact"), (Assert.Single(unknownFact.Errors).Code, unknownFact.Errors[0].Field));
    }
}
