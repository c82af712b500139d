using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public class AttestationTests
{
    private static readonly IReadOnlyList<RemovalCriterion> Criteria = ConversionPlanRules.CreateCriteria(IndicatorCatalog.Standard,
    [
        new(null, RemovalCriterionKind.Attested, 0) { Fact = "no_organised_crime_gang", Statement = "Không có băng, nhóm tội phạm hoạt động có tổ chức" },
        new(null, RemovalCriterionKind.AtLeastOf, 1)
        {
            Members =
            [
                new(IndicatorCodes.DrugUseVenues, RemovalCriterionKind.AtMost, 1),
                new(null, RemovalCriterionKind.Attested, 0) { Fact = "no_drug_plants", Statement = "Không còn diện tích trồng cây có chứa chất ma túy" },
            ],
        },
    ]).Value;

    [Fact]
    public void Facts_the_plan_names_in_criteria_and_groups_are_kept_trimmed_with_blank_notes_left_out()
    {
        var kept = Attestation.Create(Criteria, [new(" no_drug_plants ", false, "  "), new("no_organised_crime_gang", true, " Theo Công an xã ")]).Value;

        Assert.Equal([new Attestation("no_drug_plants", false), new Attestation("no_organised_crime_gang", true, "Theo Công an xã")], kept);
    }

    [Fact]
    public void A_fact_the_plan_does_not_name_is_refused_naming_the_ones_it_does()
    {
        var error = Assert.Single(Attestation.Create(Criteria, [new("no_organised_crime_gang", true), new("no_gangs", true)]).Errors);

        Assert.Equal("attestations[1].fact", error.Field);
        Assert.Equal("Xác nhận 2: kế hoạch không có tiêu chí xác nhận \"no_gangs\"; chỉ xác nhận các sự việc kế hoạch nêu: no_organised_crime_gang, no_drug_plants.", error.Message);
    }

    [Fact]
    public void Attesting_under_a_plan_without_attested_criteria_is_refused() =>
        Assert.Contains("kế hoạch không có tiêu chí nào cần xác nhận",
            Assert.Single(Attestation.Create([], [new("no_organised_crime_gang", true)]).Errors).Message);

    [Fact]
    public void A_fact_attested_twice_is_refused_at_the_second()
    {
        var error = Assert.Single(Attestation.Create(Criteria, [new("no_drug_plants", true), new("no_organised_crime_gang", true), new("no_drug_plants ", false)]).Errors);

        Assert.Equal("attestations[2].fact", error.Field);
        Assert.Contains("đã được xác nhận ở trên", error.Message);
    }
}
