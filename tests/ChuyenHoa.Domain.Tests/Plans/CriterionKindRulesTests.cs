using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Domain.Tests.Plans;

/// <summary>What a province may type for ratios, shares of the population, attested facts and groups, and what it is told when it may not.</summary>
public class CriterionKindRulesTests
{
    private static readonly RemovalCriterionDraft CasesCleared80 = new(CasesCleared, RemovalCriterionKind.RatioAtLeast, 0.8m) { Denominator = CriminalCases };
    private static readonly RemovalCriterionDraft DrugUsersAtMost = new(DrugUsers, RemovalCriterionKind.PerPopulationAtMost, 0.005m);
    private static readonly RemovalCriterionDraft NoGang = Attested("no_organised_crime_gang", "Không có băng, nhóm tội phạm hoạt động có tổ chức");
    private static readonly RemovalCriterionDraft Venues = new(DrugUseVenues, RemovalCriterionKind.AtMost, 1);

    private static RemovalCriterionDraft Attested(string? fact, string? statement) => new(null, RemovalCriterionKind.Attested, 0) { Fact = fact, Statement = statement };

    private static RemovalCriterionDraft Group(decimal threshold, params RemovalCriterionDraft[] members) => new(null, RemovalCriterionKind.AtLeastOf, threshold) { Members = members };

    private static Result<IReadOnlyList<RemovalCriterion>> Create(params RemovalCriterionDraft[] drafts) => ConversionPlanRules.CreateCriteria(IndicatorCatalog.Standard, drafts);

    /// <summary>The one error of the last criterion, after two valid ones, so the field names its position.</summary>
    private static DomainError SingleError(RemovalCriterionDraft draft, string field)
    {
        var error = Assert.Single(Create(NoGang, CasesCleared80, draft).Errors);
        Assert.Equal((ErrorCodes.ValidationFailed, field), (error.Code, error.Field));
        return error;
    }

    [Fact]
    public void Valid_criteria_of_every_new_kind_resolve_their_indicators_fact_and_members()
    {
        var criteria = Create(CasesCleared80, DrugUsersAtMost, NoGang with { Fact = " no_organised_crime_gang ", Statement = " Không có băng nhóm " }, Group(2, DrugUsersAtMost, Venues)).Value;

        Assert.Equal(("cases_cleared", "criminal_cases"), (criteria[0].Indicator!.Code, criteria[0].Denominator!.Code));
        Assert.Equal(("drug_users", null), (criteria[1].Indicator!.Code, criteria[1].Denominator));
        Assert.Equal((null, "no_organised_crime_gang", "Không có băng nhóm"), (criteria[2].Indicator, criteria[2].Fact, criteria[2].Statement));
        Assert.Equal([RemovalCriterionKind.PerPopulationAtMost, RemovalCriterionKind.AtMost], criteria[3].Members.Select(m => m.Kind));
        Assert.Equal(2, criteria[3].Threshold);
    }

    [Theory]
    [InlineData(RemovalCriterionKind.RatioAtLeast, 0)]
    [InlineData(RemovalCriterionKind.RatioAtLeast, 1)]
    [InlineData(RemovalCriterionKind.RatioAtMost, 0.95)]
    public void Ratio_thresholds_from_0_to_1_are_accepted(RemovalCriterionKind kind, double threshold) =>
        Assert.True(Create(CasesCleared80 with { Kind = kind, Threshold = (decimal)threshold }).IsSuccess);

    [Theory]
    [InlineData(RemovalCriterionKind.RatioAtLeast, 80)]
    [InlineData(RemovalCriterionKind.RatioAtMost, -0.1)]
    public void A_ratio_threshold_outside_0_to_1_is_refused_as_a_fraction(RemovalCriterionKind kind, double threshold) =>
        Assert.Contains("phải là tỉ lệ từ 0 đến 1 (ví dụ 0,8 cho 80%)", SingleError(CasesCleared80 with { Kind = kind, Threshold = (decimal)threshold }, "removalCriteria[2].threshold").Message);

    [Fact]
    public void A_ratio_without_a_denominator_asks_for_one() =>
        Assert.Equal("Tiêu chí 3: chưa chọn mẫu số.", SingleError(CasesCleared80 with { Denominator = " " }, "removalCriteria[2].denominator").Message);

    [Fact]
    public void A_ratio_over_an_unknown_indicator_names_it() =>
        Assert.Equal("Tiêu chí 3: mẫu số \"vu_an\" không có trong danh mục chỉ tiêu của tỉnh.",
            SingleError(CasesCleared80 with { Denominator = "vu_an" }, "removalCriteria[2].denominator").Message);

    [Fact]
    public void A_ratio_of_an_indicator_over_itself_is_refused() =>
        SingleError(CasesCleared80 with { Denominator = CasesCleared }, "removalCriteria[2].denominator");

    [Theory]
    [InlineData(RemovalCriterionKind.AtLeast, "mẫu số chỉ dùng với tiêu chí tỉ lệ")]
    [InlineData(RemovalCriterionKind.PerPopulationAtLeast, "luôn chia cho chỉ tiêu \"Dân số\"; bỏ trống mẫu số")]
    public void A_denominator_on_a_kind_that_takes_none_is_refused_not_dropped(RemovalCriterionKind kind, string message) =>
        Assert.Contains(message, SingleError(CasesCleared80 with { Kind = kind, Threshold = 0 }, "removalCriteria[2].denominator").Message);

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.005)]
    public void A_share_of_the_population_outside_0_to_1_is_refused(double threshold) =>
        Assert.Contains("0,005 cho 0,5% dân số", SingleError(DrugUsersAtMost with { Threshold = (decimal)threshold }, "removalCriteria[2].threshold").Message);

    [Fact]
    public void The_population_as_a_share_of_itself_is_refused() =>
        SingleError(DrugUsersAtMost with { Indicator = Population }, "removalCriteria[2].indicator");

    [Theory]
    [InlineData(null, "chưa nhập mã sự việc cần xác nhận")]
    [InlineData("Không có băng nhóm", "mã sự việc \"Không có băng nhóm\" không hợp lệ")]
    [InlineData("no-gang", "mã sự việc \"no-gang\" không hợp lệ")]
    public void An_attested_criterion_needs_a_snake_case_fact(string? fact, string message) =>
        Assert.Contains(message, SingleError(Attested(fact, "Không có băng nhóm"), "removalCriteria[2].fact").Message);

    [Fact]
    public void An_attested_criterion_needs_a_statement() =>
        Assert.Contains("chưa nhập nội dung cần xác nhận", SingleError(Attested("no_drug_plants", "  "), "removalCriteria[2].statement").Message);

    [Theory]
    [InlineData("indicator")]
    [InlineData("threshold")]
    public void An_attested_criterion_takes_no_indicator_and_no_threshold(string field) =>
        SingleError(field == "indicator" ? Attested("no_drug_plants", "Không trồng") with { Indicator = CriminalCases } : Attested("no_drug_plants", "Không trồng") with { Threshold = 1 },
            $"removalCriteria[2].{field}");

    [Fact]
    public void A_fact_or_statement_on_another_kind_is_refused() =>
        Assert.Equal(["removalCriteria[2].fact", "removalCriteria[2].statement"],
            Create(NoGang, CasesCleared80, Venues with { Fact = "no_gang", Statement = "Không có" }).Errors.Select(e => e.Field));

    [Fact]
    public void A_fact_named_twice_is_refused_at_its_second_place_even_inside_a_group()
    {
        var error = SingleError(Group(1, Venues, NoGang with { Statement = "Không có băng nhóm tội phạm" }), "removalCriteria[2].members[1].fact");

        Assert.Equal("Tiêu chí 3, tiêu chí thành phần 2: sự việc \"no_organised_crime_gang\" đã có ở tiêu chí 1; mỗi sự việc chỉ cần xác nhận một lần.", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_group_needs_from_1_to_all_of_its_members(int threshold) =>
        Assert.True(Create(Group(threshold, DrugUsersAtMost, Venues, Attested("no_drug_plants", "Không trồng"))).IsSuccess);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(2.5)]
    public void A_group_threshold_that_is_not_a_whole_number_from_1_to_its_member_count_is_refused(double threshold) =>
        Assert.Equal("Tiêu chí 3: số tiêu chí phải đạt (" + VietnameseDecimal(threshold) + ") phải là số nguyên từ 1 đến 3, số tiêu chí của nhóm.",
            SingleError(Group((decimal)threshold, DrugUsersAtMost, Venues, Attested("no_drug_plants", "Không trồng")), "removalCriteria[2].threshold").Message);

    [Fact]
    public void An_empty_group_is_refused() =>
        Assert.Contains("nhóm chưa có tiêu chí thành phần nào", SingleError(Group(1), "removalCriteria[2].members").Message);

    [Fact]
    public void A_group_inside_a_group_is_refused_at_the_member() =>
        Assert.Contains("không chứa nhóm khác", SingleError(Group(1, Venues, Group(1, DrugUsersAtMost)), "removalCriteria[2].members[1].kind").Message);

    [Fact]
    public void Members_on_a_criterion_that_is_not_a_group_are_refused() =>
        SingleError(Venues with { Members = [DrugUsersAtMost] }, "removalCriteria[2].members");

    [Fact]
    public void A_groups_members_are_checked_like_criteria_and_named_by_their_place()
    {
        var errors = Create(NoGang, Group(1, Venues with { Threshold = 1.5m }, DrugUsersAtMost with { Indicator = "ma_tuy" }, CasesCleared80 with { Denominator = null })).Errors;

        Assert.Equal(["removalCriteria[1].members[0].threshold", "removalCriteria[1].members[1].indicator", "removalCriteria[1].members[2].denominator"], errors.Select(e => e.Field));
        Assert.StartsWith("Tiêu chí 2, tiêu chí thành phần 1 (Số tụ điểm, điểm phức tạp về ma túy): ngưỡng 1,5 phải là số nguyên", errors[0].Message);
    }

    private static string VietnameseDecimal(double value) => value.ToString(new System.Globalization.NumberFormatInfo { NumberDecimalSeparator = "," });
}
