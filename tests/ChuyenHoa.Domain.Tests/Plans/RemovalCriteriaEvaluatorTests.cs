using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public class RemovalCriteriaEvaluatorTests
{
    private static readonly Period Year2023 = Period.Parse("2023");

    private static RemovalCriterion Criterion(string code, RemovalCriterionKind kind, decimal threshold) =>
        new(IndicatorCatalog.Standard.Find(code)!, kind, threshold);

    private static CriterionEvaluation EvaluateOne(RemovalCriterion criterion, params IndicatorValue[] snapshot) =>
        Assert.Single(RemovalCriteriaEvaluator.Evaluate([criterion], snapshot));

    [Theory]
    [InlineData(RemovalCriterionKind.AtLeast, 150, "Số camera an ninh đã lắp đặt đạt ít nhất 150")]
    [InlineData(RemovalCriterionKind.AtMost, 3, "Số camera an ninh đã lắp đặt không quá 3")]
    [InlineData(RemovalCriterionKind.AtLeast, 1500, "Số camera an ninh đã lắp đặt đạt ít nhất 1.500")]
    public void Describe_states_a_count_criterion_in_vietnamese(RemovalCriterionKind kind, int threshold, string expected) =>
        Assert.Equal(expected, Criterion(IndicatorCodes.SecurityCameras, kind, threshold).Describe());

    [Theory]
    [InlineData(0.3, "Số vụ phạm pháp hình sự giảm ít nhất 30% so với cùng kỳ năm trước")]
    [InlineData(0.125, "Số vụ phạm pháp hình sự giảm ít nhất 12,5% so với cùng kỳ năm trước")]
    public void Describe_states_a_reduction_as_a_percentage(double threshold, string expected) =>
        Assert.Equal(expected, Criterion(IndicatorCodes.CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, (decimal)threshold).Describe());

    [Theory]
    [InlineData(189, true)]
    [InlineData(150, true)]
    [InlineData(149, false)]
    public void AtLeast_is_met_from_the_threshold_up(long actual, bool met)
    {
        var evaluation = EvaluateOne(
            Criterion(IndicatorCodes.SecurityCameras, RemovalCriterionKind.AtLeast, 150),
            new IndicatorValue(IndicatorCodes.SecurityCameras, Year2023, actual, 95));

        Assert.Equal(met, evaluation.Met);
        Assert.Equal(actual, evaluation.Actual);
        Assert.StartsWith(met ? "Đạt: " : "Chưa đạt: ", evaluation.Explanation);
        Assert.Contains($"kỳ 2023 là {actual}", evaluation.Explanation);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void AtMost_is_met_up_to_the_threshold(long actual, bool met) =>
        Assert.Equal(met, EvaluateOne(
            Criterion(IndicatorCodes.CriminalCases, RemovalCriterionKind.AtMost, 3),
            new IndicatorValue(IndicatorCodes.CriminalCases, Year2023, actual, null)).Met);

    [Theory]
    [InlineData(5, true, "giảm 75%")]
    [InlineData(14, true, "giảm 30%")]
    [InlineData(15, false, "giảm 25%")]
    [InlineData(20, false, "không đổi")]
    [InlineData(24, false, "tăng 20%")]
    public void A_reduction_is_met_when_the_fall_reaches_the_threshold(long actual, bool met, string trend)
    {
        var evaluation = EvaluateOne(
            Criterion(IndicatorCodes.CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0.3m),
            new IndicatorValue(IndicatorCodes.CriminalCases, Year2023, actual, 20));

        Assert.Equal(met, evaluation.Met);
        Assert.Equal(20, evaluation.PreviousYear);
        Assert.Equal((actual - 20) / 20.0, evaluation.Change);
        Assert.Contains($"cùng kỳ năm trước 20, {trend}", evaluation.Explanation);
    }

    [Fact]
    public void A_criterion_without_a_figure_is_not_met_and_says_so()
    {
        var evaluation = EvaluateOne(Criterion(IndicatorCodes.MediationTeams, RemovalCriterionKind.AtLeast, 1));

        Assert.False(evaluation.Met);
        Assert.Null(evaluation.Actual);
        Assert.Equal("Chưa đạt: chưa có số liệu \"Số tổ hòa giải\" nên chưa đánh giá được.", evaluation.Explanation);
    }

    [Fact]
    public void A_criterion_whose_period_was_not_reported_is_not_met() =>
        Assert.Contains("chưa có số liệu \"Số tổ hòa giải\" kỳ 2023", EvaluateOne(
            Criterion(IndicatorCodes.MediationTeams, RemovalCriterionKind.AtLeast, 1),
            new IndicatorValue(IndicatorCodes.MediationTeams, Year2023, null, 3)).Explanation);

    [Fact]
    public void A_reduction_without_last_years_figure_is_not_met()
    {
        var evaluation = EvaluateOne(
            Criterion(IndicatorCodes.CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0.3m),
            new IndicatorValue(IndicatorCodes.CriminalCases, Year2023, 5, null));

        Assert.False(evaluation.Met);
        Assert.Contains("chưa có số liệu cùng kỳ năm trước", evaluation.Explanation);
    }

    [Fact]
    public void A_reduction_from_zero_cannot_be_measured_and_is_not_met()
    {
        var evaluation = EvaluateOne(
            Criterion(IndicatorCodes.CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0.3m),
            new IndicatorValue(IndicatorCodes.CriminalCases, Year2023, 0, 0));

        Assert.False(evaluation.Met);
        Assert.Null(evaluation.Change);
        Assert.Contains("cùng kỳ năm trước là 0", evaluation.Explanation);
    }

    [Fact]
    public void Evaluate_answers_every_criterion_in_order()
    {
        var criteria = new[]
        {
            Criterion(IndicatorCodes.CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0.3m),
            Criterion(IndicatorCodes.SecurityCameras, RemovalCriterionKind.AtLeast, 150),
        };
        var snapshot = new[]
        {
            new IndicatorValue(IndicatorCodes.SecurityCameras, Year2023, 120, 95),
            new IndicatorValue(IndicatorCodes.CriminalCases, Year2023, 5, 20),
        };

        var evaluations = RemovalCriteriaEvaluator.Evaluate(criteria, snapshot);

        Assert.Equal(criteria, evaluations.Select(e => e.Criterion));
        Assert.Equal([true, false], evaluations.Select(e => e.Met));
    }
}
