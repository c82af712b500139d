using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.DemoData;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.DemoData;

public class ReferenceCaseTests
{
    private static readonly IReadOnlyList<IndicatorReport> Reports = ReferenceCase.ChiengKhoang.MonthlyReports;

    private static IndicatorValue Figure(string code, string period, IReadOnlyList<IndicatorReport>? reports = null) =>
        IndicatorAggregation.Compare(IndicatorCatalog.Standard.Find(code)!, IndicatorAggregation.MonthlyValues(reports ?? Reports, code), Period.Parse(period));

    public static TheoryData<string> CommuneCodes() => [.. ReferenceCase.Communes.Select(c => c.CommuneCode)];

    [Theory]
    [MemberData(nameof(CommuneCodes))]
    public void Every_monthly_report_passes_the_validator_in_sequence(string communeCode)
    {
        long? previousCurrent = null;
        foreach (var report in ReferenceCase.Communes.Single(c => c.CommuneCode == communeCode).MonthlyReports)
        {
            var submission = new IndicatorReportSubmission(
                report.Month.ToString(),
                report.Values.Select(v => new IndicatorEntry(v.Key, v.Value)).ToArray(),
                ReferenceCase.PlanYear,
                previousCurrent);

            var result = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, submission);

            Assert.True(result.IsSuccess, $"{communeCode} {report.Month}: {string.Join(" ", result.Errors.Select(e => e.Message))}");
            Assert.False(result.Value.StockFlowOverridden);
            Assert.Equal(report.Values.OrderBy(v => v.Key), result.Value.Values.OrderBy(v => v.Key));
            previousCurrent = report.Values[IndicatorCodes.ManagedPersonsCurrent];
        }
    }

    [Fact]
    public void Every_commune_reports_the_eleven_indicators_of_2023_from_january_2022_to_october_2023_in_whole_non_negative_numbers()
    {
        // The catalog of the report of 17 Nov 2023: the indicators added since (cases cleared, drugs, population) it has none of.
        var indicatorsOf2023 = IndicatorCatalog.Standard.Definitions.Take(11).Select(d => d.Code).Order();
        var expectedMonths = Period.Parse("2022").Months.Concat(Period.Parse("2023").Months.Take(10));
        foreach (var commune in ReferenceCase.Communes)
        {
            Assert.Equal(expectedMonths, commune.MonthlyReports.Select(r => r.Month));
            Assert.All(commune.MonthlyReports, r => Assert.Equal(indicatorsOf2023, r.Values.Keys.Order()));
            Assert.All(commune.MonthlyReports.SelectMany(r => r.Values.Values), v => Assert.True(v >= 0));
        }
    }

    [Fact]
    public void Chieng_Khoang_figures_match_the_report_of_17_november_2023()
    {
        Assert.Equal(26, Figure(IndicatorCodes.ManagedPersonsAdded, "2023").Value);
        Assert.Equal(20, Figure(IndicatorCodes.ManagedPersonsReleased, "2023").Value);
        Assert.Equal(56, Figure(IndicatorCodes.ManagedPersonsCurrent, "2022").Value);
        Assert.Equal(62, Figure(IndicatorCodes.ManagedPersonsCurrent, "2023").Value);
        Assert.Equal(1_612, Figure(IndicatorCodes.DenunciationHouseholds, "2023").Value);
        Assert.Equal(189, Figure(IndicatorCodes.SecurityCameras, "2023").Value);
        Assert.Equal(189, Figure(IndicatorCodes.SecurityCameras, "2023-10").Value);

        var criminalCases = Figure(IndicatorCodes.CriminalCases, "2023");
        Assert.Equal(-0.75, criminalCases.ChangeFromPreviousYear);
        Assert.Equal(criminalCases.PreviousYearValue, criminalCases.Value * 4);
    }

    [Fact]
    public void Chieng_Khoang_meets_every_removal_criterion_of_the_plan()
    {
        var snapshot = IndicatorCatalog.Standard.Definitions.Select(d => Figure(d.Code, ReferenceCase.AssessedPeriod.ToString())).ToArray();

        var evaluations = RemovalCriteriaEvaluator.Evaluate(ReferenceCase.Plan.RemovalCriteria, snapshot);

        Assert.All(evaluations, e => Assert.True(e.Met, e.Explanation));
        Assert.Contains(evaluations, e => e.Explanation.Contains("giảm 75%", StringComparison.Ordinal));
    }

    [Fact]
    public void Some_other_demo_communes_miss_criteria_so_the_demo_shows_both_outcomes()
    {
        var unmet = ReferenceCase.OtherCommunes.Where(c => RemovalCriteriaEvaluator.Evaluate(
            ReferenceCase.Plan.RemovalCriteria,
            IndicatorCatalog.Standard.Definitions.Select(d => Figure(d.Code, "2023", c.MonthlyReports)).ToArray()).Any(e => !e.Met));

        Assert.NotEmpty(unmet);
        Assert.NotEqual(ReferenceCase.OtherCommunes.Count, unmet.Count());
    }

    [Fact]
    public void The_plan_is_decision_314_of_2_march_2023_naming_every_demo_commune()
    {
        var plan = ReferenceCase.Plan;

        Assert.Equal(("14", 2023, "314/QĐ-UBND", new DateOnly(2023, 3, 2)), (plan.ProvinceCode, plan.Year, plan.DecisionNumber, plan.DecisionDate));
        Assert.Equal("UBND tỉnh Sơn La", ReferenceCase.PlanIssuedBy);
        Assert.Equal(ReferenceCase.Communes.Select(c => c.CommuneCode), plan.CommuneCodes);
        Assert.Contains(plan.RemovalCriteria, c => c.Describe() == "Số vụ phạm pháp hình sự giảm ít nhất 30% so với cùng kỳ năm trước");
        Assert.Contains(plan.RemovalCriteria, c => c.Describe() == "Số camera an ninh đã lắp đặt đạt ít nhất 150");
        Assert.Contains(plan.RemovalCriteria, c => c.Describe() == "Số tổ hòa giải đạt ít nhất 1");
    }

    [Fact]
    public void Communes_are_real_units_of_son_la_each_other_one_in_another_district_and_flagged_as_demo()
    {
        var units = AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);
        foreach (var commune in ReferenceCase.Communes)
        {
            var unit = units.Get(commune.CommuneCode);
            Assert.Equal(UnitLevel.Commune, unit.Level);
            Assert.Equal(commune.DistrictCode, unit.ParentCode);
            Assert.Equal(commune.ProvinceCode, units.Get(commune.DistrictCode!).ParentCode);
        }

        Assert.Equal("Chiềng Khoang", units.Get(ReferenceCase.CommuneCode).Name);
        Assert.Equal("Quỳnh Nhai", units.Get(ReferenceCase.DistrictCode).Name);
        Assert.False(ReferenceCase.ChiengKhoang.IsDemo);
        Assert.InRange(ReferenceCase.OtherCommunes.Count, 3, 4);
        Assert.All(ReferenceCase.OtherCommunes, c => Assert.True(c.IsDemo));
        var otherDistricts = ReferenceCase.OtherCommunes.Select(c => c.DistrictCode).ToArray();
        Assert.DoesNotContain(ReferenceCase.DistrictCode, otherDistricts);
        Assert.Equal(otherDistricts.Length, otherDistricts.Distinct().Count());
    }

    [Fact]
    public void The_review_conference_was_held_on_17_november_2023_chaired_by_the_district_vice_chair()
    {
        Assert.Equal(new DateOnly(2023, 11, 17), ReferenceCase.Conference.Date);
        Assert.Equal("Lò Thanh Thủy, Phó Chủ tịch UBND huyện, Trưởng ban chỉ đạo", ReferenceCase.Conference.Chair);
        Assert.True(ReferenceCase.Conference.Attendance > 0);
        Assert.Contains("đưa xã ra khỏi danh sách", ReferenceCase.DistrictAssessment);
    }
}
