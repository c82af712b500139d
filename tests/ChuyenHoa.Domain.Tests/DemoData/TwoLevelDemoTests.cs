using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.DemoData;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.DemoData;

public class TwoLevelDemoTests
{
    private static readonly EditionMapping Mapping = EditionMapping.From2024To2025;

    public static TheoryData<string, string> ReportingCommunes()
    {
        var communes = new TheoryData<string, string>();
        foreach (var (list, edition) in new[] { (TwoLevelDemo.Communes, "2025"), (TwoLevelDemo.QuynhNhaiPredecessors, "2024") })
        {
            foreach (var commune in list)
            {
                communes.Add(commune.CommuneCode, edition);
            }
        }

        return communes;
    }

    [Fact]
    public void The_plan_of_2026_names_communes_of_Son_La_on_the_two_level_list()
    {
        var units = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025);

        Assert.Equal(DivisionEdition.TwoLevel2025, ConversionPlanRules.EditionOf(TwoLevelDemo.Plan.DecisionDate.ToString("yyyy-MM-dd")));
        var sonLa = units.Subtree("14").Select(u => u.Code).ToHashSet();
        Assert.All(TwoLevelDemo.Plan.CommuneCodes, code => Assert.Equal((UnitLevel.Commune, true), (units.Find(code)!.Level, sonLa.Contains(code))));
        Assert.Contains("minh họa", TwoLevelDemo.PlanIssuedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_of_2026_designates_the_communes_that_took_in_the_2023_plans_communes()
    {
        var successors = ReferenceCase.Plan.CommuneCodes.SelectMany(old => Mapping.SuccessorsOf(old)).Select(l => l.Code).ToHashSet();

        Assert.Subset(successors, TwoLevelDemo.Plan.CommuneCodes.ToHashSet());
        Assert.Contains(TwoLevelDemo.CommuneCode, TwoLevelDemo.Plan.CommuneCodes);
    }

    [Fact]
    public void The_plan_across_the_cut_over_designates_Quynh_Nhais_predecessors_and_chieng_hac_on_the_three_level_list()
    {
        Assert.Equal(DivisionEdition.ThreeLevel2024, ConversionPlanRules.EditionOf(TwoLevelDemo.StraddlingPlan.DecisionDate.ToString("yyyy-MM-dd")));
        Assert.Equal(
            [.. Mapping.PredecessorsOf(TwoLevelDemo.CommuneCode).Select(l => l.Code), TwoLevelDemo.SplitCommuneCode],
            TwoLevelDemo.StraddlingPlan.CommuneCodes.Order());
        Assert.Equal(["03700", "03703", "03706", "03718", "04012"], TwoLevelDemo.StraddlingPlan.CommuneCodes.Order());
    }

    [Fact]
    public void The_plan_across_the_cut_over_passes_quynh_nhai_whole_and_two_partial_successors_of_chieng_hac_for_the_province_to_confirm()
    {
        var carried = DesignationCarryOver.Of(DivisionEdition.ThreeLevel2024, TwoLevelDemo.StraddlingPlan.Year, TwoLevelDemo.StraddlingPlan.CommuneCodes);

        Assert.Equal([(TwoLevelDemo.CommuneCode, false), ("03980", true), ("04078", true)], carried.Select(c => (c.CommuneCode, c.NeedsConfirmation)));
    }

    [Theory]
    [MemberData(nameof(ReportingCommunes))]
    public void Every_monthly_report_passes_the_validator_in_sequence_and_says_it_is_invented(string communeCode, string edition)
    {
        var commune = (edition == "2025" ? TwoLevelDemo.Communes : TwoLevelDemo.QuynhNhaiPredecessors).Single(c => c.CommuneCode == communeCode);
        // Chiềng Khoang's first demo report follows its last report of the reference case.
        long? previousCurrent = ReferenceCase.Communes.SingleOrDefault(c => edition == "2024" && c.CommuneCode == communeCode)?.MonthlyReports[^1].Values[IndicatorCodes.ManagedPersonsCurrent];
        foreach (var report in commune.MonthlyReports)
        {
            var result = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, new IndicatorReportSubmission(
                report.Month.ToString(), [.. report.Values.Select(v => new IndicatorEntry(v.Key, v.Value))], report.Month.Year, previousCurrent));

            Assert.True(result.IsSuccess, $"{communeCode} {report.Month}: {string.Join(" ", result.Errors.Select(e => e.Message))}");
            Assert.False(result.Value.StockFlowOverridden);
            Assert.Equal(TwoLevelDemo.Note, report.Note);
            previousCurrent = report.Values[IndicatorCodes.ManagedPersonsCurrent];
        }
    }

    [Fact]
    public void The_new_communes_report_from_the_cut_over_to_October_2026_and_the_old_ones_from_2024_to_the_cut_over()
    {
        Assert.All(TwoLevelDemo.Communes, c => Assert.Equal(("2025-07", "2026-10", 16), (c.MonthlyReports[0].Month.ToString(), c.MonthlyReports[^1].Month.ToString(), c.MonthlyReports.Count)));
        Assert.All(TwoLevelDemo.QuynhNhaiPredecessors, c => Assert.Equal(("2024-01", "2025-06", 18), (c.MonthlyReports[0].Month.ToString(), c.MonthlyReports[^1].Month.ToString(), c.MonthlyReports.Count)));
        Assert.All(TwoLevelDemo.Communes, c => Assert.Null(c.DistrictCode));
        Assert.All(TwoLevelDemo.QuynhNhaiPredecessors, c => Assert.Equal(ReferenceCase.DistrictCode, c.DistrictCode));
    }
}
