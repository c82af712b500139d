using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 2. The province-totals query, one request at a time: Sơn La alone against Sơn La with everything loaded, each
/// measured right after its load, and the province with the most communes against the one closest to 200, in turns.
/// Both sides of a ratio get the same preparation, so that the ratio measures scale and not the order they ran in.
/// </summary>
public static class RollupScenario
{
    /// <summary>
    /// One side of "whole dataset vs alone", called right after each load: the two sides cannot take turns (Sơn La
    /// alone exists only before the rest is loaded), so each starts from the same point instead.
    /// </summary>
    public static async Task<LoopResult> MeasureAsync(BenchmarkEnvironment environment, string provinceCode, RunSize size)
    {
        Settle();
        // As many unmeasured requests first: the province grain's activation and the JIT's first tiers are not the query's cost.
        await LoadGenerator.RunAsync(1, size.RollupSamples, size.ScenarioTimeLimit, Query(environment, provinceCode));
        return await LoadGenerator.RunAsync(1, size.RollupSamples, size.ScenarioTimeLimit, Query(environment, provinceCode));
    }

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchmarkEnvironment environment, LoopResult alone, LoopResult everything, RunSize size)
    {
        var provinces = environment.Dataset.Provinces;
        var first = environment.Dataset[DatasetShape.FirstProvince];
        var large = provinces.MaxBy(p => p.Communes.Count)!;
        var small = provinces.Where(p => p != large).MinBy(p => Math.Abs(p.Communes.Count - 200))!;
        Settle();
        await LoadGenerator.AlternateAsync(size.RollupSamples, size.ScenarioTimeLimit, Query(environment, large.Code), Query(environment, small.Code));
        var runs = await LoadGenerator.AlternateAsync(size.RollupSamples, size.ScenarioTimeLimit, Query(environment, large.Code), Query(environment, small.Code));

        return
        [
            Row("Roll-up: Sơn La, whole dataset vs alone", $"{first.Name}, {first.Communes.Count} communes", everything, $"{provinces.Count} provinces loaded", alone, "Sơn La alone",
                $"each side right after its load, after a full GC and {size.RollupSamples} unmeasured requests (not in turns: Sơn La alone exists only before the rest is loaded)"),
            Row("Roll-up: large vs ~200-commune province", $"{large.Name}, {large.Communes.Count} communes", runs[0], $"{small.Name}, {small.Communes.Count} communes", runs[1], small.Name,
                $"in turns, after a full GC and {size.RollupSamples}+{size.RollupSamples} unmeasured requests in turns"),
        ];

        ScenarioResult Row(string name, string what, LoopResult measured, string against, LoopResult baseline, string baselineName, string how) =>
            ScenarioResult.AtMost(2, name,
                $"p50/p99 {Ms(measured.P50)}/{Ms(measured.P99)} ms ({what}; {against}) vs {Ms(baseline.P50)}/{Ms(baseline.P99)} ms ({baselineName}); p50 ratio {BenchmarkEnvironment.Invariant(measured.P50 / baseline.P50, "0.##")}; {measured.Completed}+{baseline.Completed} requests, {how}",
                measured.P99 / baseline.P99, " (p99)", 1.2, measured.Failed + baseline.Failed, measured.FirstFailure ?? baseline.FirstFailure);
    }

    private static Func<int, Task> Query(BenchmarkEnvironment environment, string provinceCode) => async _ =>
    {
        var totals = await environment.ProvinceTotalsAsync(provinceCode, $"{environment.Dataset.Shape.PlanYear}");
        if (totals.Values.All(v => v is null))
        {
            throw new InvalidOperationException($"Tỉnh {provinceCode} chưa có tổng số liệu.");
        }
    };

    // What a load left behind is collected before a side starts, so that no side pays for another's garbage
    // (the national load leaves far more than Sơn La's); the host runs in this process.
    private static void Settle() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    private static string Ms(double value) => BenchmarkEnvironment.Invariant(value, "0.0");
}
