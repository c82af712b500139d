using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Domain.Tests.Plans;

/// <summary>Ratios of two indicators (cases cleared over cases) and shares of the population (drug users per inhabitant).</summary>
public class RatioCriteriaTests
{
    private static readonly Period Year2026 = Period.Parse("2026");

    private static RemovalCriterion Ratio(RemovalCriterionKind kind, string numerator, string denominator, decimal threshold) =>
        new(IndicatorCatalog.Standard.Find(numerator)!, kind, threshold) { Denominator = IndicatorCatalog.Standard.Find(denominator)! };

    private static RemovalCriterion PerPopulation(RemovalCriterionKind kind, string code, decimal threshold) =>
        new(IndicatorCatalog.Standard.Find(code)!, kind, threshold);

    private static IndicatorValue Figure(string code, long? value) => new(code, Year2026, value, null);

    private static CriterionEvaluation EvaluateOne(RemovalCriterion criterion, params IndicatorValue[] snapshot) =>
        Assert.Single(RemovalCriteriaEvaluator.Evaluate([criterion], snapshot));

    [Fact]
    public void Describe_states_a_ratio_and_a_share_of_the_population_as_percentages_as_set()
    {
        Assert.Equal("Tỉ lệ \"Số vụ phạm pháp hình sự đã điều tra, khám phá\" trên \"Số vụ phạm pháp hình sự\" đạt ít nhất 80%",
            Ratio(RemovalCriterionKind.RatioAtLeast, CasesCleared, CriminalCases, 0.8m).Describe());
        Assert.Equal("Tỉ lệ \"Số tin báo, tố giác tội phạm đã giải quyết\" trên \"Số tin báo, tố giác tội phạm tiếp nhận\" không quá 2,5%",
            Ratio(RemovalCriterionKind.RatioAtMost, CrimeReportsHandled, CrimeReportsReceived, 0.025m).Describe());
        Assert.Equal("Số người sử dụng trái phép chất ma túy, người nghiện không quá 0,5% dân số",
            PerPopulation(RemovalCriterionKind.PerPopulationAtMost, DrugUsers, 0.005m).Describe());
        Assert.Equal("Số người phạm tội về ma túy bị bắt giữ đạt ít nhất 0,05% dân số",
            PerPopulation(RemovalCriterionKind.PerPopulationAtLeast, DrugOffendersArrested, 0.0005m).Describe());
    }

    [Theory]
    [InlineData(17, 20, true, "85%")]
    [InlineData(16, 20, true, "80%")]
    [InlineData(799, 1_000, false, "79,9%")]
    [InlineData(7_996, 10_000, false, "79,96%")]
    [InlineData(15, 20, false, "75%")]
    [InlineData(25, 20, true, "125%")]
    public void A_ratio_at_least_is_met_from_the_threshold_up_exactly(long cleared, long cases, bool met, string share)
    {
        var evaluation = EvaluateOne(
            Ratio(RemovalCriterionKind.RatioAtLeast, CasesCleared, CriminalCases, 0.8m), Figure(CasesCleared, cleared), Figure(CriminalCases, cases));

        Assert.Equal(met, evaluation.Met);
        Assert.Equal((cleared, cases), (evaluation.Actual, evaluation.DenominatorValue));
        Assert.StartsWith(met ? "Đạt: " : "Chưa đạt: ", evaluation.Explanation);
        Assert.Contains($", tỉ lệ {share}; yêu cầu: ", evaluation.Explanation);
    }

    [Fact]
    public void A_ratio_explains_both_figures_the_share_and_the_requirement()
    {
        var evaluation = EvaluateOne(
            Ratio(RemovalCriterionKind.RatioAtLeast, CasesCleared, CriminalCases, 0.8m), Figure(CasesCleared, 1_020), Figure(CriminalCases, 1_200));

        Assert.Equal(
            "Đạt: \"Số vụ phạm pháp hình sự đã điều tra, khám phá\" kỳ 2026 là 1.020, \"Số vụ phạm pháp hình sự\" là 1.200, tỉ lệ 85%; "
            + "yêu cầu: Tỉ lệ \"Số vụ phạm pháp hình sự đã điều tra, khám phá\" trên \"Số vụ phạm pháp hình sự\" đạt ít nhất 80%.",
            evaluation.Explanation);
    }

    [Theory]
    [InlineData(10, 10, true)]
    [InlineData(9, 10, false)]
    public void All_crime_reports_handled_is_a_ratio_of_at_least_one(long handled, long received, bool met) =>
        Assert.Equal(met, EvaluateOne(
            Ratio(RemovalCriterionKind.RatioAtLeast, CrimeReportsHandled, CrimeReportsReceived, 1m),
            Figure(CrimeReportsHandled, handled), Figure(CrimeReportsReceived, received)).Met);

    [Theory]
    [InlineData(95, 100, true)]
    [InlineData(96, 100, false)]
    public void A_ratio_at_most_is_met_up_to_the_threshold(long part, long whole, bool met) =>
        Assert.Equal(met, EvaluateOne(
            Ratio(RemovalCriterionKind.RatioAtMost, VerySeriousCasesCleared, VerySeriousCases, 0.95m),
            Figure(VerySeriousCasesCleared, part), Figure(VerySeriousCases, whole)).Met);

    [Theory]
    [InlineData(RemovalCriterionKind.RatioAtLeast)]
    [InlineData(RemovalCriterionKind.RatioAtMost)]
    public void A_ratio_over_zero_is_met_because_nothing_arose_that_had_to_be_cleared(RemovalCriterionKind kind)
    {
        var evaluation = EvaluateOne(
            Ratio(kind, VerySeriousCasesCleared, VerySeriousCases, 0.95m), Figure(VerySeriousCasesCleared, 0), Figure(VerySeriousCases, 0));

        Assert.True(evaluation.Met);
        Assert.Equal(0, evaluation.DenominatorValue);
        Assert.StartsWith("Đạt: \"Số vụ rất nghiêm trọng, đặc biệt nghiêm trọng\" kỳ 2026 là 0: không phát sinh nên không có việc nào phải giải quyết;", evaluation.Explanation);
    }

    [Fact]
    public void A_ratio_without_the_numerators_figure_is_not_met_even_over_zero()
    {
        var evaluation = EvaluateOne(
            Ratio(RemovalCriterionKind.RatioAtLeast, CasesCleared, CriminalCases, 0.8m), Figure(CasesCleared, null), Figure(CriminalCases, 0));

        Assert.False(evaluation.Met);
        Assert.Equal("Chưa đạt: chưa có số liệu \"Số vụ phạm pháp hình sự đã điều tra, khám phá\" kỳ 2026 nên chưa đánh giá được.", evaluation.Explanation);
    }

    [Fact]
    public void A_ratio_without_the_denominators_figure_is_not_met()
    {
        var evaluation = EvaluateOne(Ratio(RemovalCriterionKind.RatioAtLeast, CasesCleared, CriminalCases, 0.8m), Figure(CasesCleared, 4));

        Assert.False(evaluation.Met);
        Assert.Null(evaluation.DenominatorValue);
        Assert.StartsWith("Chưa đạt: chưa có số liệu \"Số vụ phạm pháp hình sự\" kỳ 2026 nên chưa tính được tỉ lệ;", evaluation.Explanation);
    }

    [Theory]
    [InlineData(15, 3_000, true, "0,5%")]
    [InlineData(1_500, 300_000, true, "0,5%")]
    [InlineData(14, 3_000, true, "0,47%")]
    [InlineData(16, 3_000, false, "0,53%")]
    [InlineData(1_501, 300_000, false, "0,5003%")]
    public void A_share_of_the_population_at_most_compares_exactly_with_the_same_periods_population(long users, long population, bool met, string share)
    {
        var evaluation = EvaluateOne(
            PerPopulation(RemovalCriterionKind.PerPopulationAtMost, DrugUsers, 0.005m), Figure(DrugUsers, users), Figure(Population, population));

        Assert.Equal(met, evaluation.Met);
        Assert.Equal(population, evaluation.DenominatorValue);
        Assert.Contains($", bằng {share} dân số; yêu cầu: ", evaluation.Explanation);
    }

    [Theory]
    [InlineData(3, 3_000, true)]
    [InlineData(2, 3_000, false)]
    public void A_share_of_the_population_at_least_is_met_from_the_threshold_up_on_the_same_periods_population(long arrested, long population, bool met) =>
        Assert.Equal(met, EvaluateOne(
            PerPopulation(RemovalCriterionKind.PerPopulationAtLeast, DrugOffendersArrested, 0.001m),
            Figure(DrugOffendersArrested, arrested), Figure(Population, population)).Met);

    [Theory]
    [InlineData(null, "Chưa đạt: chưa có số liệu dân số kỳ 2026 nên chưa tính được tỉ lệ trên dân số;")]
    [InlineData(0L, "Chưa đạt: chưa có số liệu dân số kỳ 2026 (dân số ghi 0) nên chưa tính được tỉ lệ trên dân số;")]
    public void A_share_of_a_missing_or_zero_population_is_not_met_and_says_the_population_is_missing(long? population, string explanation)
    {
        var evaluation = EvaluateOne(
            PerPopulation(RemovalCriterionKind.PerPopulationAtMost, DrugUsers, 0.005m), Figure(DrugUsers, 0), Figure(Population, population));

        Assert.False(evaluation.Met);
        Assert.StartsWith(explanation, evaluation.Explanation);
    }

    [Fact]
    public void A_share_of_the_population_without_its_own_figure_is_not_met() =>
        Assert.False(EvaluateOne(PerPopulation(RemovalCriterionKind.PerPopulationAtMost, DrugUsers, 0.005m), Figure(Population, 3_000)).Met);
}
