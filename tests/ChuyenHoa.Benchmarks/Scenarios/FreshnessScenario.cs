using System.Diagnostics;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 4. From an accepted report (the mutation's answer has arrived) to the first province-totals query whose answer
/// shows it, polling without pause. Each sample adds one criminal case to a commune's December, so the expected total is known.
/// </summary>
public static class FreshnessScenario
{
    private const string Mutation = "mutation Submit($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { errors { code message } } }";

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
            cases[commune.Code]++;
            var input = new { communeCode = commune.Code, period = december, values = new[] { new { indicator = CriminalCases, value = cases[commune.Code] } } };
            var response = await environment.Http.SendAsync(BenchmarkEnvironment.GraphQLRequest(
                environment.DistrictToken(province.Code, commune.DistrictCode), new { query = Mutation, variables = new { input } }));
            var accepted = Stopwatch.GetTimestamp();
            if (response.EnsureData()["submitIndicatorReport"]!["errors"]!.AsArray().Count > 0)
            {
                failures++;
                continue;
            }

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
