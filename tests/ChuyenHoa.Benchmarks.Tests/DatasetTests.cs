using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Benchmarks.Tests;

public sealed class DatasetTests
{
    private static readonly NationalDataset National = new(DatasetShape.National);

    [Fact]
    public void The_national_dataset_is_every_province_district_and_commune_of_the_2024_edition_with_36_months_each()
    {
        Assert.Equal(63, National.Provinces.Count);
        Assert.Equal(DatasetShape.FirstProvince, National.Provinces[0].Code);
        Assert.Equal(10_047, National.CommuneCount);
        // Five island districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) have no communes, so no reports.
        Assert.Equal(696, National.Provinces.SelectMany(p => DatasetShape.Catalog.Subtree(p.Code)).Count(u => u.Level == UnitLevel.District));
        Assert.Equal(10_047 * 36, National.ReportCount);
        Assert.All(National.Provinces, p => Assert.Equal(p.Communes.Select(c => c.Code), p.Plan.CommuneCodes));
        Assert.InRange(National.Provinces.Sum(p => p.Communes.Count(c => c.HasProposal)), 400, 600);
    }

    [Fact]
    public void Every_month_of_every_commune_passes_the_report_rules_in_order()
    {
        foreach (var commune in National.Provinces.SelectMany(p => p.Communes))
        {
            long? previous = null;
            foreach (var report in commune.Reports)
            {
                var result = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, new IndicatorReportSubmission(
                    report.Period, [.. report.Values.Select(v => new IndicatorEntry(v.Indicator, v.Value))], DatasetShape.PlanYear, previous));

                Assert.True(result.IsSuccess, $"{commune.Code} {report.Period}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
                previous = result.Value.Values[IndicatorCodes.ManagedPersonsCurrent];
            }

            Assert.Equal(["2021-01", "2023-12"], new[] { commune.Reports[0].Period, commune.Reports[^1].Period });
        }
    }

    [Fact]
    public void The_values_are_the_same_on_every_run_and_differ_between_communes()
    {
        var again = NationalDataset.Reports("03718", 36);

        Assert.Equal(
            National.Provinces[0].Communes.Single(c => c.Code == "03718").Reports.SelectMany(r => r.Values),
            again.SelectMany(r => r.Values));
        Assert.NotEqual(again.SelectMany(r => r.Values), NationalDataset.Reports("03721", 36).SelectMany(r => r.Values));
    }

    [Fact]
    public void A_percentile_is_the_nearest_rank()
    {
        double[] values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

        Assert.Equal(5, LoopResult.Percentile(values, 0.5));
        Assert.Equal(10, LoopResult.Percentile(values, 0.99));
        Assert.Equal(1, LoopResult.Percentile(values, 0.01));
    }
}
