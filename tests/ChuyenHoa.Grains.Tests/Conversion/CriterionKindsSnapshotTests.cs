using System.Text.Json;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.DemoData;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>A proposal's snapshot keeps each group member's evaluation and the attestations through storage.</summary>
public sealed class CriterionKindsSnapshotTests : ReferenceCaseCluster
{
    [Fact]
    public async Task A_group_with_an_attested_member_and_the_attestations_are_frozen_and_read_the_same_after_a_restart()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var plan = await Grains.GetGrain<IConversionPlanGrain>("14-2024").CreateAsync(ReferenceCaseLoader.ProvinceCommittee, new CreatePlanInput(
            2024, "20/QĐ-UBND", "2024-01-10", "", [ReferenceCase.CommuneCode],
            [
                new(null, RemovalCriterionKind.AtLeastOf, 2, Members:
                [
                    new(null, RemovalCriterionKind.Attested, 0, Fact: "no_drug_plants", Statement: "Không còn diện tích trồng cây có chứa chất ma túy"),
                    new(CasesCleared, RemovalCriterionKind.RatioAtLeast, 0.8m, Denominator: CriminalCases),
                ]),
                new(DrugUsers, RemovalCriterionKind.PerPopulationAtMost, 0.005m),
            ]), null);
        Assert.True(plan.Succeeded, string.Join("; ", plan.Errors.Select(e => e.Message)));
        var report = await Grains.GetGrain<IUnitIndicatorsGrain>(ReferenceCase.CommuneCode).RecordReportAsync(district, new ReportInput("2024-10",
            [new(CriminalCases, 5), new(CasesCleared, 4), new(DrugUsers, 3), new(Population, 2_000)]));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Message)));

        var conference = ReferenceCase.Conference;
        var submitted = await Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(district, 2024, new ProposalInput(
            ReferenceCase.CommuneCode, "2024-11-20", conference.Chair, conference.Attendance, conference.Summary, ReferenceCase.DistrictAssessment,
            ProposalEvidence.LetterAndMinutes(ReferenceCase.CommuneCode, "2024-11-20"), [new AttestationInput(" no_drug_plants ", true, "Theo biên bản kiểm tra ngày 05/11/2024")]), "k-2024");
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        var snapshot = submitted.Value!.Snapshot;

        Assert.Equal([new AttestationInfo("no_drug_plants", true, "Theo biên bản kiểm tra ngày 05/11/2024")], snapshot.Attestations!);
        Assert.Equal(
            [(RemovalCriterionKind.Attested, true, (long?)null), (RemovalCriterionKind.RatioAtLeast, true, 5L)],
            snapshot.Criteria[0].Members!.Select(m => (m.Kind, m.Met, m.DenominatorValue)));
        Assert.Equal(("no_drug_plants", true), (snapshot.Criteria[0].Members![0].Attestation!.Fact, snapshot.Criteria[0].Members![0].Attestation!.Holds));
        Assert.Equal((true, 2_000L), (snapshot.Criteria[1].Met, snapshot.Criteria[1].DenominatorValue));

        await RestartAsync();

        var reread = (await Grains.GetGrain<IRemovalProposalGrain>(submitted.Value.Id).GetAsync())!.Snapshot;
        Assert.Equal(JsonSerializer.Serialize(snapshot), JsonSerializer.Serialize(reread));
    }
}
