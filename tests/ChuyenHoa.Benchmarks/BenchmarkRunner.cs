using System.Diagnostics;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Benchmarks.Scenarios;
using ChuyenHoa.Host.Configuration;

namespace ChuyenHoa.Benchmarks;

/// <summary>Starts what the scenarios need, loads the dataset (Sơn La first, then the rest), runs the chosen scenarios in order.</summary>
public static class BenchmarkRunner
{
    public static IReadOnlyList<(int Number, string Name)> Scenarios { get; } =
    [
        (1, "Ingest"), (2, "Roll-up scaling"), (3, "GraphQL overhead"), (4, "Freshness"), (5, "Subscriptions"), (6, "Memory"), (7, "Cold start"),
    ];

    /// <param name="mode">Named in the results: smoke, national, or the provinces of a partial run.</param>
    public static async Task<ResultsReport> RunAsync(DatasetShape shape, RunSize size, string mode, IReadOnlySet<int> chosen, TextWriter log)
    {
        var startedAt = DateTimeOffset.UtcNow;
        // Before anything is written: the commit of the code that runs, not of what the run leaves behind.
        var commit = await SourceVersion.DescribeAsync(RepositoryPaths.FindRoot() ?? Directory.GetCurrentDirectory());
        var clock = Stopwatch.StartNew();
        var dataset = new NationalDataset(shape);
        log.WriteLine($"Dataset: {dataset.Provinces.Count} provinces, {dataset.CommuneCount} communes, {dataset.ReportCount} monthly reports");
        await using var environment = await BenchmarkEnvironment.StartAsync(dataset);
        log.WriteLine($"Azurite and the host are up at {environment.Silo.BaseAddress} ({clock.Elapsed.TotalSeconds:0.0} s)");

        var loader = new DatasetLoader(environment.Silo.Grains, log);
        var first = dataset[DatasetShape.FirstProvince];
        var (firstLoad, firstProposals) = await loader.LoadAsync([first]);
        // Sơn La alone and with everything loaded, each right after its load, so that both sides start alike.
        var alone = chosen.Contains(2) ? await RollupScenario.MeasureAsync(environment, first.Code, size) : null;
        var (restLoad, restProposals) = await loader.LoadAsync([.. dataset.Provinces.Where(p => p != first)]);
        var everything = chosen.Contains(2) ? await RollupScenario.MeasureAsync(environment, first.Code, size) : null;
        foreach (var (commune, id) in firstProposals.Concat(restProposals))
        {
            environment.Proposals[commune] = id;
        }

        var loadTime = firstLoad.Elapsed + restLoad.Elapsed;
        var description =
            $"{dataset.Provinces.Count} provinces, {dataset.CommuneCount} communes × {dataset.Shape.Months} months = {dataset.ReportCount} reports, {environment.Proposals.Count} proposals, digest {dataset.Digest()}; " +
            $"loaded in {loadTime.TotalSeconds:0} s ({(firstLoad.Reports + restLoad.Reports) / loadTime.TotalSeconds:0} reports/s, batched per commune, {RunSize.Connections} at a time)";
        log.WriteLine(description);

        var results = new List<ScenarioResult>();
        foreach (var (number, name) in Scenarios.Where(s => chosen.Contains(s.Number)))
        {
            log.WriteLine($"Scenario {number}: {name}...");
            var scenarioClock = Stopwatch.StartNew();
            IReadOnlyList<ScenarioResult> rows;
            try
            {
                rows = number switch
                {
                    1 => [await IngestScenario.RunAsync(environment, size)],
                    2 => await RollupScenario.RunAsync(environment, alone!, everything!, size),
                    3 => await OverheadScenario.RunAsync(environment, size),
                    4 => [await FreshnessScenario.RunAsync(environment, size)],
                    5 => [await SubscriptionScenario.RunAsync(environment, size)],
                    6 => [await MemoryScenario.RunAsync(environment, size)],
                    _ => [await ColdStartScenario.RunAsync(environment, size)],
                };
            }
            catch (Exception e)
            {
                rows = [ScenarioResult.Error(number, name, e)];
            }

            foreach (var row in rows)
            {
                log.WriteLine($"  {row.Name}: {row.Measured} → {ScenarioResult.Format(row.Value)}{row.Unit} ({row.Target}): {row.Verdict} [{scenarioClock.Elapsed.TotalSeconds:0} s]");
            }

            results.AddRange(rows);
        }

        return new ResultsReport(startedAt, clock.Elapsed, mode, MachineDescription.Current(), commit, description, results);
    }
}
