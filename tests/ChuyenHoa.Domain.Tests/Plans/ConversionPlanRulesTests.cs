using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public class ConversionPlanRulesTests
{
    private static readonly ConversionPlanDraft Valid = new(
        "14", 2023, "314/QĐ-UBND", "2023-03-02", ["03718", "03772"],
        [new(IndicatorCodes.CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0.3m), new(IndicatorCodes.SecurityCameras, RemovalCriterionKind.AtLeast, 150)]);

    private static DomainError SingleError(ConversionPlanDraft draft, string field)
    {
        var error = Assert.Single(ConversionPlanRules.Create(IndicatorCatalog.Standard, draft).Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(field, error.Field);
        return error;
    }

    [Fact]
    public void A_valid_draft_becomes_a_plan_with_a_parsed_date_and_resolved_criteria()
    {
        var plan = ConversionPlanRules.Create(IndicatorCatalog.Standard, Valid with { DecisionNumber = " 314/QĐ-UBND " }).Value;

        Assert.Equal("314/QĐ-UBND", plan.DecisionNumber);
        Assert.Equal(new DateOnly(2023, 3, 2), plan.DecisionDate);
        Assert.Equal(["03718", "03772"], plan.CommuneCodes);
        Assert.Equal("Số vụ phạm pháp hình sự", plan.RemovalCriteria[0].Indicator?.Name);
    }

    [Theory]
    [InlineData("12/2023/QĐ-UBND")]
    [InlineData("45/KH-BCĐ138")]
    public void Other_usual_decision_number_shapes_are_accepted(string number) =>
        Assert.True(ConversionPlanRules.Create(IndicatorCatalog.Standard, Valid with { DecisionNumber = number }).IsSuccess);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("QĐ-UBND")]
    [InlineData("314")]
    [InlineData("314/")]
    [InlineData("314 QĐ-UBND")]
    public void A_missing_or_malformed_decision_number_is_refused(string number) =>
        SingleError(Valid with { DecisionNumber = number }, "decisionNumber");

    [Theory]
    [InlineData("02/03/2023")]
    [InlineData("2023-3-2")]
    [InlineData("2023-02-30")]
    [InlineData("")]
    public void A_decision_date_that_is_not_an_iso_date_is_refused(string date) =>
        Assert.Contains("2023-03-02", SingleError(Valid with { DecisionDate = date }, "decisionDate").Message);

    [Theory]
    [InlineData("2022-12-20", true)]
    [InlineData("2023-12-31", true)]
    [InlineData("2021-12-31", false)]
    [InlineData("2024-01-02", false)]
    public void The_decision_date_falls_in_the_plan_year_or_the_year_before(string date, bool accepted)
    {
        var result = ConversionPlanRules.Create(IndicatorCatalog.Standard, Valid with { DecisionDate = date });

        Assert.Equal(accepted, result.IsSuccess);
        Assert.All(result.Errors, e => Assert.Equal("decisionDate", e.Field));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_plan_year_outside_2000_to_2100_is_refused(int year) =>
        SingleError(Valid with { Year = year }, "year");

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("Sơn La")]
    public void A_province_code_that_is_not_two_digits_is_refused(string code) =>
        SingleError(Valid with { ProvinceCode = code }, "provinceCode");

    [Fact]
    public void A_plan_without_communes_is_refused() =>
        SingleError(Valid with { CommuneCodes = [] }, "communeCodes");

    [Fact]
    public void A_malformed_commune_code_is_refused_at_its_position() =>
        SingleError(Valid with { CommuneCodes = ["03718", "3718"] }, "communeCodes[1]");

    [Fact]
    public void A_commune_named_twice_is_refused() =>
        Assert.Contains("03718 được ghi 2 lần", SingleError(Valid with { CommuneCodes = ["03718", " 03718"] }, "communeCodes").Message);

    [Fact]
    public void A_criterion_on_an_unknown_indicator_is_refused() =>
        SingleError(Valid with { RemovalCriteria = [new("theft_cases", RemovalCriterionKind.AtMost, 3)] }, "removalCriteria[0].indicator");

    [Theory]
    [InlineData(RemovalCriterionKind.AtLeast, -1)]
    [InlineData(RemovalCriterionKind.AtMost, -1)]
    [InlineData(RemovalCriterionKind.AtLeast, 1.5)]
    [InlineData(RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0)]
    [InlineData(RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 30)]
    [InlineData(RemovalCriterionKind.ReductionFromPreviousYearAtLeast, -0.3)]
    public void A_criterion_with_an_impossible_threshold_is_refused(RemovalCriterionKind kind, double threshold) =>
        SingleError(Valid with { RemovalCriteria = [Valid.RemovalCriteria[0], new(IndicatorCodes.CriminalCases, kind, (decimal)threshold)] }, "removalCriteria[1].threshold");

    [Theory]
    [InlineData(RemovalCriterionKind.AtLeast, 0)]
    [InlineData(RemovalCriterionKind.AtMost, 0)]
    [InlineData(RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 1)]
    public void Boundary_thresholds_are_accepted(RemovalCriterionKind kind, double threshold) =>
        Assert.True(ConversionPlanRules.Create(IndicatorCatalog.Standard, Valid with { RemovalCriteria = [new(IndicatorCodes.CriminalCases, kind, (decimal)threshold)] }).IsSuccess);

    [Fact]
    public void Criteria_may_use_a_province_indicator()
    {
        var catalog = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow("drug_cases", "Số vụ phạm tội về ma túy")).Value;

        var criteria = ConversionPlanRules.CreateCriteria(catalog, [new("drug_cases", RemovalCriterionKind.AtMost, 2)]).Value;

        Assert.Equal("Số vụ phạm tội về ma túy không quá 2", Assert.Single(criteria).Describe());
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var draft = new ConversionPlanDraft("x", 2023, "", "2023-13-01", [], [new("nope", RemovalCriterionKind.AtLeast, 1)]);

        Assert.Equal(
            ["provinceCode", "decisionNumber", "decisionDate", "communeCodes", "removalCriteria[0].indicator"],
            ConversionPlanRules.Create(IndicatorCatalog.Standard, draft).Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("2023-03-02", "2024")]
    [InlineData("2025-06-30", "2024")]
    [InlineData("2025-07-01", "2025")]
    [InlineData("2026-01-15", "2025")]
    public void A_plan_names_units_of_the_edition_in_force_on_its_decision_date(string decisionDate, string edition) =>
        Assert.Equal(edition, ConversionPlanRules.EditionOf(decisionDate).Id);
}
