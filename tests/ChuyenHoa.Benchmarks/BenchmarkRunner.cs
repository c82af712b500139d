using System.Diagnostics;
using ChuyenHoa.Benchmarks.Baseline;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Benchmarks.Scenarios;
using ChuyenHoa.Host.Configuration;

namespace ChuyenHoa.Benchmarks;

/// <summary>
/// For each dataset (one per edition of the list of units): starts what the scenarios need, loads it (Sơn La first, then the
/// rest), runs the chosen scenarios in order; then stops everything before the next.
/// </summary>
public static class BenchmarkRunner
{
    /// <summary>In the order they run: the PostgreSQL comparison first, while both stores hold exactly the dataset.</summary>
    public static IReadOnlyList<(int Number, string Name)> Scenarios { get; } =
    [
        (PostgresScenario.Number, PostgresScenario.Name),
        (1, "Ingest"), (2, "Roll-up scaling"), (3, "GraphQL overhead"), (4, "Freshness"), (5, "Subscriptions"), (6, "Memory"), (7, "Cold start"),
    ];

    /// <param name="shapes">The datasets, run one after the other; each row names its dataset's edition.</param>
    /// <param name="mode">Named in the results: smoke, national, or the provinces of a partial run.</param>
    /// <param name="postgresBinaries">The folder of <c>initdb</c> and <c>pg_ctl</c>; null to look where Debian puts them, then on PATH.</param>
    public static async Task<ResultsReport> RunAsync(
        IReadOnlyList<DatasetShape> shapes, RunSize size, string mode, IReadOnlySet<int> chosen, TextWriter log, string? postgresBinaries = null)
    {
        var startedAt = DateTimeOffset.UtcNow;
        // Before anything is written: the commit of the code that runs, not of what the run leaves behind.
        var commit = await SourceVersion.DescribeAsync(RepositoryPaths.FindRoot() ?? Directory.GetCurrentDirectory());
        var clock = Stopwatch.StartNew();
        var results = new List<ScenarioResult>();
        var binaries = chosen.Contains(PostgresScenario.Number) ? PostgresServer.FindBinaries(postgresBinaries) : null;
        if (chosen.Contains(PostgresScenario.Number) && binaries is null)
        {
            var line = PostgresServer.MissingLine(postgresBinaries);
            log.WriteLine(line);
            results.Add(ScenarioResult.Skipped(PostgresScenario.Number, PostgresScenario.Name, line));
        }

        var scenarios = Scenarios.Where(s => chosen.Contains(s.Number) && (s.Number != PostgresScenario.Number || binaries is not null)).ToArray();
        var descriptions = new List<string>();
        if (scenarios.Length > 0)
        {
            foreach (var shape in shapes)
            {
                descriptions.Add(await RunDatasetAsync(shape, size, scenarios, binaries, results, log));
            }
        }

        return new ResultsReport(startedAt, clock.Elapsed, mode, MachineDescription.Current(), commit, string.Join(" | ", descriptions), results);
    }

    /// <returns>The dataset as the results describe it.</returns>
    private static async Task<string> RunDatasetAsync(
        DatasetShape shape, RunSize size, IReadOnlyList<(int Number, string Name)> scenarios, string? postgresBinaries, List<ScenarioResult> results, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var dataset = new NationalDataset(shape);
        var edition = $"{shape.Edition.Id} list";
        log.WriteLine($"Dataset ({edition}): {dataset.Provinces.Count} provinces, {dataset.CommuneCount} communes, {dataset.ReportCount} monthly reports");
        await using var environment = await BenchmarkEnvironment.StartAsync(dataset);
        log.WriteLine($"Azurite and the host are up at {environment.Silo.BaseAddress} ({clock.Elapsed.TotalSeconds:0.0} s)");

        var chosen = scenarios.Select(s => s.Number).ToHashSet();
        var loader = new DatasetLoader(environment.Silo.Grains, shape, log);
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
            $"{edition}: {dataset.Provinces.Count} provinces, {dataset.CommuneCount} communes × {dataset.Shape.Months} months = {dataset.ReportCount} reports, {environment.Proposals.Count} proposals, digest {dataset.Digest()}; " +
            $"loaded in {loadTime.TotalSeconds:0} s ({(firstLoad.Reports + restLoad.Reports) / loadTime.TotalSeconds:0} reports/s, batched per commune, {RunSize.Connections} at a time)";
        log.WriteLine(description);

        foreach (var (number, name) in scenarios)
        {
            log.WriteLine($"Scenario {number} ({edition}): {name}...");
            var scenarioClock = Stopwatch.StartNew();
            IReadOnlyList<ScenarioResult> rows;
            try
            {
                rows = number switch
                {
                    PostgresScenario.Number => await PostgresScenario.RunAsync(environment, postgresBinaries!, size, log),
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

            foreach (var row in rows.Select(r => r with { Name = $"{r.Name} [{edition}]" }))
            {
                log.WriteLine($"  {row.Name}: {row.Measured} → {ScenarioResult.Format(row.Value)}{row.Unit} ({row.Target}): {row.Verdict} [{scenarioClock.Elapsed.TotalSeconds:0} s]");
                results.Add(row);
            }
        }

        return description;
    }
}
