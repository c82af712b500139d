using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Indicators;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Tests;

public sealed class DatasetTests
{
    // Change it only with the generator (values, indicators, months); a different value otherwise means runs stopped being comparable.
    private const string SmokeDigest = "af65038a9b8f974c";

    private static readonly NationalDataset National = new(DatasetShape.National);

    [Fact]
    public void The_national_dataset_is_every_province_district_and_commune_of_the_2024_edition_with_36_months_each()
    {
        Assert.Equal(63, National.Provinces.Count);
        Assert.Equal(DatasetShape.FirstProvince, National.Provinces[0].Code);
        Assert.Equal(10_047, National.CommuneCount);
        // Five island districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) have no communes, so no reports.
        Assert.Equal(696, National.Provinces.SelectMany(p => DatasetShape.National.Catalog.Subtree(p.Code)).Count(u => u.Level == UnitLevel.District));
        Assert.Equal(10_047 * 36, National.ReportCount);
        Assert.All(National.Provinces.SelectMany(p => p.Communes), c => Assert.Equal(["2021-01", "2023-12"], new[] { c.Reports[0].Period, c.Reports[^1].Period }));
        Assert.All(National.Provinces, p => Assert.Equal(p.Communes.Select(c => c.Code), p.Plan.CommuneCodes));
        Assert.InRange(National.Provinces.Sum(p => p.Communes.Count(c => c.HasProposal)), 400, 600);
    }

    [Fact]
    public void The_2025_dataset_is_every_province_and_commune_of_the_2025_list_from_july_2025_reported_by_each_communes_own_committee()
    {
        var dataset = new NationalDataset(DatasetShape.National2025);

        Assert.Equal(34, dataset.Provinces.Count);
        Assert.Equal(DatasetShape.FirstProvince, dataset.Provinces[0].Code);
        Assert.Equal("Sơn La", dataset.Provinces[0].Name);
        Assert.Equal(3_321, dataset.CommuneCount);
        Assert.Equal(3_321 * 18, dataset.ReportCount);
        Assert.All(dataset.Provinces.SelectMany(p => p.Communes), c =>
        {
            // Directly under the province: no district on the two-level list.
            Assert.Equal(c.ProvinceCode, c.DistrictCode);
            Assert.Equal(["2025-07", "2026-12"], new[] { c.Reports[0].Period, c.Reports[^1].Period });
            Assert.Equal([Roles.CommuneCommittee], DatasetShape.National2025.Reporter(c).Roles);
            Assert.Equal($"2025:{c.Code}", DatasetShape.National2025.KeyOf(c.Code));
        });
        Assert.All(dataset.Provinces, p => Assert.Equal(2026, p.Plan.Year));
        Assert.NotEqual(National.Digest(), dataset.Digest());
    }

    [Fact]
    public void Every_month_of_every_commune_of_both_lists_passes_the_report_rules_in_order()
    {
        foreach (var (shape, commune) in National.Provinces.SelectMany(p => p.Communes).Select(c => (National.Shape, c))
            .Concat(new NationalDataset(DatasetShape.National2025).Provinces.SelectMany(p => p.Communes).Select(c => (DatasetShape.National2025, c))))
        {
            long? previous = null;
            foreach (var report in commune.Reports)
            {
                var result = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, new IndicatorReportSubmission(
                    report.Period, [.. report.Values.Select(v => new IndicatorEntry(v.Indicator, v.Value))], shape.PlanYear, previous));

                Assert.True(result.IsSuccess, $"{commune.Code} {report.Period}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
                previous = result.Value.Values[IndicatorCodes.ManagedPersonsCurrent];
            }
        }
    }

    [Fact]
    public void The_values_are_the_same_on_every_run_and_differ_between_communes()
    {
        var again = NationalDataset.Reports("03718", 36, 2023);

        Assert.Equal(
            National.Provinces[0].Communes.Single(c => c.Code == "03718").Reports.SelectMany(r => r.Values),
            again.SelectMany(r => r.Values));
        Assert.NotEqual(again.SelectMany(r => r.Values), NationalDataset.Reports("03721", 36, 2023).SelectMany(r => r.Values));
    }

    [Fact]
    public async Task The_smoke_dataset_is_the_same_in_another_process_of_the_runner()
    {
        // HashCode, the seed before, is randomized per process: a second process is what would tell the difference.
        var run = await ProcessRun.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChuyenHoa.Benchmarks.dll"), "digest", "--smoke"], AppContext.BaseDirectory, TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, run.Log);
        Assert.Equal(new NationalDataset(DatasetShape.Smoke).Digest(), run.Output.Trim());
    }

    [Fact]
    public void The_seed_hash_gives_fnv_1a_published_values_so_the_same_seeds_on_every_machine()
    {
        Assert.Equal(0x811c9dc5u, Fnv1a.Hash(""));
        Assert.Equal(0xe40c292cu, Fnv1a.Hash("a"));
        Assert.Equal(0xbf9cf968u, Fnv1a.Hash("foobar"));
    }

    [Fact]
    public void The_smoke_dataset_has_the_digest_recorded_here_on_every_machine_until_the_generator_is_changed_on_purpose()
    {
        Assert.Equal(SmokeDigest, new NationalDataset(DatasetShape.Smoke).Digest());
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
