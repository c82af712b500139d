using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 2. The province-totals query, one request at a time: Sơn La alone (measured before the rest is loaded) against
/// Sơn La with everything loaded, and the province with the most communes against the one closest to 200.
/// </summary>
public static class RollupScenario
{
    public static async Task<LoopResult> MeasureAsync(BenchmarkEnvironment environment, string provinceCode, RunSize size)
    {
        // As many unmeasured requests first: the province grain's activation and the JIT's first tiers are not the query's cost,
        // and the first province measured would otherwise pay them for the others.
        await LoadGenerator.RunAsync(1, size.RollupSamples, size.ScenarioTimeLimit, Query);
        return await LoadGenerator.RunAsync(1, size.RollupSamples, size.ScenarioTimeLimit, Query);

        async Task Query(int _)
        {
            var totals = await environment.ProvinceTotalsAsync(provinceCode, $"{DatasetShape.PlanYear}");
            if (totals.Values.All(v => v is null))
            {
                throw new InvalidOperationException($"Tỉnh {provinceCode} chưa có tổng số liệu.");
            }
        }
    }

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchmarkEnvironment environment, LoopResult alone, RunSize size)
    {
        var provinces = environment.Dataset.Provinces;
        var first = environment.Dataset[DatasetShape.FirstProvince];
        var everything = await MeasureAsync(environment, first.Code, size);
        var large = provinces.MaxBy(p => p.Communes.Count)!;
        var small = provinces.Where(p => p != large).MinBy(p => Math.Abs(p.Communes.Count - 200))!;
        var largeRun = await MeasureAsync(environment, large.Code, size);
        var smallRun = await MeasureAsync(environment, small.Code, size);

        return
        [
            Row("Roll-up: Sơn La, whole dataset vs alone", $"{first.Name}, {first.Communes.Count} communes", everything, $"{provinces.Count} provinces loaded", alone, "Sơn La alone"),
            Row("Roll-up: large vs ~200-commune province", $"{large.Name}, {large.Communes.Count} communes", largeRun, $"{small.Name}, {small.Communes.Count} communes", smallRun, small.Name),
        ];

        ScenarioResult Row(string name, string what, LoopResult measured, string against, LoopResult baseline, string baselineName) =>
            ScenarioResult.AtMost(2, name,
                $"p50/p99 {Ms(measured.P50)}/{Ms(measured.P99)} ms ({what}; {against}) vs {Ms(baseline.P50)}/{Ms(baseline.P99)} ms ({baselineName}); p50 ratio {BenchmarkEnvironment.Invariant(measured.P50 / baseline.P50, "0.##")}; {measured.Completed}+{baseline.Completed} requests",
                measured.P99 / baseline.P99, " (p99)", 1.2, measured.Failed + baseline.Failed, measured.FirstFailure ?? baseline.FirstFailure);
    }

    private static string Ms(double value) => BenchmarkEnvironment.Invariant(value, "0.0");
}
