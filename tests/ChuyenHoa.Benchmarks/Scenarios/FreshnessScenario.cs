using System.Diagnostics;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Contracts.Conversion;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 4. From an accepted report (the mutation's answer has arrived) to the first province-totals query whose answer
/// shows it, polling without pause. Each sample adds one criminal case to a commune's December, so the expected total is known.
/// </summary>
public static class FreshnessScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchmarkEnvironment environment, RunSize size)
    {
        var province = environment.Dataset[DatasetShape.FirstProvince];
        var december = province.Communes[0].LastReport.Period;
        var cases = province.Communes.ToDictionary(c => c.Code, c => (long)c.LastReport.Values.Single(v => v.Indicator == CriminalCases).Value);
        var latencies = new List<double>();
        var polls = 0;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < size.FreshnessSamples && clock.Elapsed < size.ScenarioTimeLimit; i++)
        {
            var commune = province.Communes[i % province.Communes.Count];
            var expected = (await environment.ProvinceTotalsAsync(province.Code, december))[CriminalCases] + 1;
            try
            {
                await environment.SubmitReportAsync(commune, december, [new IndicatorInput(CriminalCases, cases[commune.Code] + 1)], "Bổ sung một vụ phạm tội (đo hiệu năng).");
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
            {
                failures++;
                continue;
            }

            // Counted only once accepted, so a refused report does not make the commune's next sample expect too much.
            cases[commune.Code]++;

            var accepted = Stopwatch.GetTimestamp();
            while ((await environment.ProvinceTotalsAsync(province.Code, december))[CriminalCases] != expected)
            {
                polls++;
                if (Stopwatch.GetElapsedTime(accepted) > TimeSpan.FromSeconds(10))
                {
                    failures++;
                    break;
                }
            }

            latencies.Add(Stopwatch.GetElapsedTime(accepted).TotalMilliseconds);
        }

        var p99 = LoopResult.Percentile(latencies, 0.99);
        return ScenarioResult.AtMost(4, "Freshness: accepted report to province total",
            $"{latencies.Count} reports in Sơn La: p50 {BenchmarkEnvironment.Invariant(LoopResult.Percentile(latencies, 0.5), "0.0")} ms, p99 {BenchmarkEnvironment.Invariant(p99, "0.0")} ms; polls that did not show it yet: {polls}",
            p99, " ms", 50, failures);
    }
}
