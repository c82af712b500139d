using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.DemoData;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.DemoData;

public class DrugTrackDemoTests
{
    private static IEnumerable<DemoCommune> AllReports => [.. DrugTrackDemo.Year2025, .. DrugTrackDemo.Year2026];

    [Fact]
    public void The_plan_of_2025_names_communes_of_Son_La_on_the_two_level_list_under_one_three_of_four_group()
    {
        var units = AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025);
        var sonLa = units.Subtree(DrugTrackDemo.ProvinceCode).Select(u => u.Code).ToHashSet();

        Assert.Equal(DivisionEdition.TwoLevel2025, ConversionPlanRules.EditionOf(DrugTrackDemo.DecisionDate));
        Assert.All([.. DrugTrackDemo.Plan.CommuneCodes, DrugTrackDemo.NewCommune], code => Assert.Equal((UnitLevel.Commune, true), (units.Find(code)!.Level, sonLa.Contains(code))));
        var group = Assert.Single(DrugTrackDemo.Plan.RemovalCriteria);
        Assert.Equal((RemovalCriterionKind.AtLeastOf, 3m, 4), (group.Kind, group.Threshold, group.Members.Count));
    }

    [Fact]
    public void Every_report_passes_the_validator_and_says_it_is_invented()
    {
        foreach (var commune in AllReports)
        {
            foreach (var report in commune.MonthlyReports)
            {
                var result = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, new IndicatorReportSubmission(
                    report.Month.ToString(), [.. report.Values.Select(v => new IndicatorEntry(v.Key, v.Value))], report.Month.Year, null));

                Assert.True(result.IsSuccess, $"{commune.CommuneCode} {report.Month}: {string.Join(" ", result.Errors.Select(e => e.Message))}");
                Assert.Equal(TwoLevelDemo.Note, report.Note);
            }
        }
    }

    [Fact]
    public void On_the_figures_of_2025_the_proposed_commune_meets_the_group_and_the_continuing_one_does_not()
    {
        var met = DrugTrackDemo.Year2025.ToDictionary(c => c.CommuneCode, c => RemovalCriteriaEvaluator.Evaluate(DrugTrackDemo.Plan.RemovalCriteria, YearFigures(c, 2025))[0]);

        Assert.True(met[DrugTrackDemo.RemovedCommune].Met, met[DrugTrackDemo.RemovedCommune].Explanation);
        Assert.False(met[DrugTrackDemo.ContinuingCommune].Met);
        Assert.Equal("Chưa đạt: đạt 1 trong 4 tiêu chí, yêu cầu ít nhất 3.", met[DrugTrackDemo.ContinuingCommune].Explanation);
    }

    [Fact]
    public void The_year_end_decision_is_valid_removing_the_proposed_commune_continuing_the_other_and_designating_the_new_one()
    {
        var decision = YearEndDecisionRules.Create(DrugTrackDemo.YearEndDecision, DrugTrackDemo.ProvinceCode, DrugTrackDemo.Plan.CommuneCodes,
            new HashSet<string> { DrugTrackDemo.RemovedCommune });

        Assert.True(decision.IsSuccess, string.Join(" ", decision.Errors.Select(e => e.Message)));
        Assert.Equal([DrugTrackDemo.RemovedCommune], decision.Value.Removed);
        Assert.Equal([DrugTrackDemo.ContinuingCommune], decision.Value.Continuing);
        Assert.Equal([DrugTrackDemo.NewCommune], decision.Value.NewlyDesignated.Select(d => d.CommuneCode));
    }

    [Fact]
    public void Under_monitoring_the_removed_commune_holds_through_August_2026_and_is_breached_once_September_and_October_are_reported()
    {
        var removed = DrugTrackDemo.Year2026.Single(c => c.CommuneCode == DrugTrackDemo.RemovedCommune);
        var window = new MonitoringWindow(DateOnly.Parse(DrugTrackDemo.YearEndDecision.DecisionDate), DrugTrackDemo.MonitoringMonths);

        var august = MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, DrugTrackDemo.Plan.RemovalCriteria, window, Monthly(removed), new DateOnly(2026, 8, 31));
        var october = MonitoringEvaluator.Evaluate(IndicatorCatalog.Standard, DrugTrackDemo.Plan.RemovalCriteria, window, Monthly(removed), new DateOnly(2026, 10, 31));

        Assert.False(august.Breached, august.Evaluations[0].Explanation);
        Assert.True(october.Breached);
        Assert.Equal("Chưa đạt: đạt 2 trong 4 tiêu chí, yêu cầu ít nhất 3.", october.Evaluations[0].Explanation);
    }

    private static Dictionary<string, IReadOnlyDictionary<Period, long>> Monthly(DemoCommune commune) =>
        commune.MonthlyReports.SelectMany(r => r.Values.Select(v => (Month: r.Month, v.Key, v.Value)))
            .GroupBy(v => v.Key).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Period, long>)g.ToDictionary(v => v.Month, v => v.Value));

    private static IndicatorValue[] YearFigures(DemoCommune commune, int year) =>
        [.. Monthly(commune).Select(pair => IndicatorAggregation.Compare(IndicatorCatalog.Standard.Find(pair.Key)!, pair.Value, Period.ForYear(year)))];
}
