using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Domain.Tests.Plans;

/// <summary>Facts the proposal attests, and groups met when enough of their members are (Decision 28/2025/QĐ-TTg's 3 of 4).</summary>
public class AttestedAndGroupCriteriaTests
{
    private static readonly Period Year2026 = Period.Parse("2026");

    private static readonly RemovalCriterion NoGang = new(null, RemovalCriterionKind.Attested, 0)
    {
        Fact = "no_organised_crime_gang",
        Statement = "Không có băng, nhóm tội phạm hoạt động có tổ chức",
    };

    private static readonly RemovalCriterion SelfGoverningModel = new(null, RemovalCriterionKind.Attested, 0)
    {
        Fact = "at_least_one_self_governing_model",
        Statement = "Có ít nhất một mô hình tự quản",
    };

    /// <summary>"No longer a drug commune of type I": at least 2 of the complements of Decision 28/2025/QĐ-TTg's 4 criteria.</summary>
    private static readonly RemovalCriterion NoLongerTypeOne = new(null, RemovalCriterionKind.AtLeastOf, 2)
    {
        Members =
        [
            new(IndicatorCatalog.Standard.Find(DrugUsers)!, RemovalCriterionKind.PerPopulationAtMost, 0.005m),
            new(IndicatorCatalog.Standard.Find(DrugUseVenues)!, RemovalCriterionKind.AtMost, 1),
            new(IndicatorCatalog.Standard.Find(DrugOffendersArrested)!, RemovalCriterionKind.PerPopulationAtMost, 0.001m),
            new(null, RemovalCriterionKind.Attested, 0) { Fact = "no_drug_plants", Statement = "Không còn diện tích trồng cây có chứa chất ma túy" },
        ],
    };

    private static IndicatorValue Figure(string code, long value) => new(code, Year2026, value, null);

    private static CriterionEvaluation EvaluateOne(RemovalCriterion criterion, IReadOnlyList<Attestation> attestations, params IndicatorValue[] snapshot) =>
        Assert.Single(RemovalCriteriaEvaluator.Evaluate([criterion], snapshot, attestations));

    [Fact]
    public void An_attested_criterion_is_described_by_its_statement() =>
        Assert.Equal("Không có băng, nhóm tội phạm hoạt động có tổ chức", NoGang.Describe());

    [Fact]
    public void A_fact_attested_to_hold_is_met_and_the_explanation_keeps_the_note()
    {
        var attestation = new Attestation("no_organised_crime_gang", true, "Theo báo cáo của Công an xã ngày 10/11/2026");

        var evaluation = EvaluateOne(NoGang, [attestation]);

        Assert.True(evaluation.Met);
        Assert.Same(attestation, evaluation.Attestation);
        Assert.Equal(
            "Đạt: đề xuất xác nhận \"Không có băng, nhóm tội phạm hoạt động có tổ chức\". Ghi chú: Theo báo cáo của Công an xã ngày 10/11/2026",
            evaluation.Explanation);
    }

    [Fact]
    public void A_fact_attested_not_to_hold_is_not_met()
    {
        var evaluation = EvaluateOne(NoGang, [new("no_organised_crime_gang", false)]);

        Assert.False(evaluation.Met);
        Assert.Equal("Chưa đạt: đề xuất xác nhận chưa đạt \"Không có băng, nhóm tội phạm hoạt động có tổ chức\".", evaluation.Explanation);
    }

    [Fact]
    public void A_fact_the_proposal_does_not_attest_is_not_met_whatever_else_it_attests()
    {
        var evaluation = EvaluateOne(NoGang, [new("at_least_one_self_governing_model", true)]);

        Assert.False(evaluation.Met);
        Assert.Null(evaluation.Attestation);
        Assert.Equal("Chưa đạt: đề xuất chưa xác nhận \"Không có băng, nhóm tội phạm hoạt động có tổ chức\".", evaluation.Explanation);
    }

    [Fact]
    public void Without_attestations_every_attested_criterion_is_unmet() =>
        Assert.All(RemovalCriteriaEvaluator.Evaluate([NoGang, SelfGoverningModel], []), e => Assert.False(e.Met));

    [Fact]
    public void A_group_is_described_with_how_many_of_its_members_must_be_met() =>
        Assert.Equal(
            "Đạt ít nhất 2 trong 4 tiêu chí: Số người sử dụng trái phép chất ma túy, người nghiện không quá 0,5% dân số; "
            + "Số tụ điểm, điểm phức tạp về ma túy không quá 1; Số người phạm tội về ma túy bị bắt giữ không quá 0,1% dân số; "
            + "Không còn diện tích trồng cây có chứa chất ma túy",
            NoLongerTypeOne.Describe());

    [Theory]
    [InlineData(14, 3, 2, false, true, "Đạt: đạt 2 trong 4 tiêu chí, yêu cầu ít nhất 2.")]
    [InlineData(14, 1, 2, false, true, "Đạt: đạt 3 trong 4 tiêu chí, yêu cầu ít nhất 2.")]
    [InlineData(16, 3, 2, true, true, "Đạt: đạt 2 trong 4 tiêu chí, yêu cầu ít nhất 2.")]
    [InlineData(16, 1, 4, false, false, "Chưa đạt: đạt 1 trong 4 tiêu chí, yêu cầu ít nhất 2.")]
    [InlineData(16, 2, 4, false, false, "Chưa đạt: đạt 0 trong 4 tiêu chí, yêu cầu ít nhất 2.")]
    public void A_group_is_met_when_at_least_its_threshold_of_members_are_and_carries_each_members_evaluation(
        long users, long venues, long arrested, bool noPlants, bool met, string explanation)
    {
        var evaluation = EvaluateOne(NoLongerTypeOne, [new("no_drug_plants", noPlants)],
            Figure(DrugUsers, users), Figure(DrugUseVenues, venues), Figure(DrugOffendersArrested, arrested), Figure(Population, 3_000));

        Assert.Equal((met, explanation), (evaluation.Met, evaluation.Explanation));
        Assert.Equal(NoLongerTypeOne.Members, evaluation.Members.Select(m => m.Criterion));
        Assert.Equal([users <= 15, venues <= 1, arrested <= 3, noPlants], evaluation.Members.Select(m => m.Met));
        Assert.All(evaluation.Members, m => Assert.StartsWith(m.Met ? "Đạt: " : "Chưa đạt: ", m.Explanation));
        Assert.Equal(noPlants, evaluation.Members[3].Attestation?.Holds);
    }

    [Fact]
    public void A_group_member_without_figures_counts_as_not_met()
    {
        var evaluation = EvaluateOne(NoLongerTypeOne, [new("no_drug_plants", false)], Figure(DrugUseVenues, 0));

        Assert.Equal((false, "Chưa đạt: đạt 1 trong 4 tiêu chí, yêu cầu ít nhất 2."), (evaluation.Met, evaluation.Explanation));
        Assert.Equal([false, true, false, false], evaluation.Members.Select(m => m.Met));
        Assert.StartsWith("Chưa đạt: chưa có số liệu \"Số người sử dụng trái phép chất ma túy, người nghiện\"", evaluation.Members[0].Explanation);
    }
}
