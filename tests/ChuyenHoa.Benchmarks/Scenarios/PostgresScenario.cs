using System.Diagnostics;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Benchmarks.Baseline;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 8. The platform against what a team would build instead (<see cref="PostgresBaseline"/> behind <see cref="PostgresEndpoint"/>),
/// with the same dataset, the same client and the same request bodies: single-report ingest, province totals (precomputed
/// against GROUP BY) and the province overview. Runs first, right after the load, while both stores hold exactly the dataset
/// (checked: every province's totals must be equal, or the two sides would not do the same work). Each pair is warmed alike and
/// measured in turns (<see cref="LoadGenerator.AlternateAsync"/>).
/// </summary>
public static class PostgresScenario
{
    public const int Number = 8;
    public const string Name = "PostgreSQL baseline";

    private const int OverviewTurns = 3;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchmarkEnvironment environment, string binaries, RunSize size, TextWriter log)
    {
        var dataset = environment.Dataset;
        var clock = Stopwatch.StartNew();
        await using var server = await PostgresServer.StartAsync(binaries);
        await using var baseline = await PostgresBaseline.CreateAsync(server.ConnectionString, dataset.Shape.Edition);
        await baseline.LoadAsync(dataset, environment.Proposals.Keys.ToHashSet());
        await using var endpoint = await PostgresEndpoint.StartAsync(baseline, environment.Issuer, dataset.Provinces.Select(p => p.Code));
        using var postgres = new GraphQLClient(endpoint.BaseAddress, token: null);
        log.WriteLine($"  PostgreSQL started in {server.Folder} on port {server.Port}, dataset loaded and its endpoint up in {clock.Elapsed.TotalSeconds:0.0} s");

        var year = $"{dataset.Shape.PlanYear}";
        foreach (var province in dataset.Provinces)
        {
            var platform = await environment.ProvinceTotalsAsync(province.Code, year);
            var groupBy = BenchmarkEnvironment.Totals(await postgres.SendAsync(BenchmarkEnvironment.GraphQLRequest(environment.ProvinceToken(province.Code), BenchmarkEnvironment.ProvinceTotalsBody(province.Code, year))));
            if (!platform.OrderBy(p => p.Key).SequenceEqual(groupBy.OrderBy(p => p.Key)))
            {
                throw new InvalidOperationException($"Province {province.Code}'s totals of {year} differ: platform {Show(platform)}, PostgreSQL {Show(groupBy)}.");
            }
        }

        var first = dataset[DatasetShape.FirstProvince];
        var large = dataset.Provinces.MaxBy(p => p.Communes.Count)!;
        var rows = new List<ScenarioResult> { await IngestAsync(environment, postgres, size), await TotalsAsync(environment, postgres, first, year, size) };
        if (large != first)
        {
            rows.Add(await TotalsAsync(environment, postgres, large, year, size));
        }

        rows.Add(await OverviewAsync(environment, postgres, first, size));
        return rows;
    }

    /// <summary>
    /// Reports at 32 connections in bursts, one burst per side in turns; both sides get the same reports (each corrects the
    /// security cameras of a commune's last month, with a note, so each changes a value), spread over the country.
    /// </summary>
    private static async Task<ScenarioResult> IngestAsync(BenchmarkEnvironment environment, GraphQLClient postgres, RunSize size)
    {
        var communes = environment.Dataset.Provinces.SelectMany(p => p.Communes).ToArray();
        var chosen = Math.Min(size.BaselineBurstReports, communes.Length);
        Task Send(GraphQLClient client, int i)
        {
            var commune = communes[(int)((long)(i % chosen) * communes.Length / chosen)];
            // Above what the other scenarios send, so that every report here changes the month again.
            var cameras = 1000 + (i / chosen);
            return BenchmarkEnvironment.SubmitAsync(client, environment.ReporterToken(commune), environment.SubmitReportBody(commune, commune.LastReport.Period,
                commune.LastReport.Values.Select(v => v.Indicator == SecurityCameras ? v with { Value = v.Value + cameras } : v), IngestScenario.CorrectionNote));
        }

        var bursts = await BurstsAsync(size.BaselineBursts, size.ScenarioTimeLimit,
            burst => LoadGenerator.RunAsync(RunSize.Connections, size.BaselineBurstReports, size.ScenarioTimeLimit, i => Send(environment.Http, (burst * size.BaselineBurstReports) + i)),
            burst => LoadGenerator.RunAsync(RunSize.Connections, size.BaselineBurstReports, size.ScenarioTimeLimit, i => Send(postgres, (burst * size.BaselineBurstReports) + i)));
        var (platform, baseline) = (bursts[0], bursts[1]);
        return ScenarioResult.AtLeast(Number, "PostgreSQL: ingest, platform ÷ PostgreSQL transactions",
            $"{platform.Completed}+{baseline.Completed} reports, same bodies: {Rate(platform)} through GraphQL vs {Rate(baseline)} in PostgreSQL transactions (report rows and a revision row per value), " +
            $"{RunSize.Connections} connections, {size.BaselineBursts} bursts of {size.BaselineBurstReports} each in turns after one unmeasured each",
            platform.PerSecond / baseline.PerSecond, "", 0.5, platform.Failed + baseline.Failed, platform.FirstFailure ?? baseline.FirstFailure);
    }

    /// <summary>One request at a time in turns, after as many unmeasured in turns: precomputed totals against GROUP BY on every request.</summary>
    private static async Task<ScenarioResult> TotalsAsync(BenchmarkEnvironment environment, GraphQLClient postgres, ProvinceData province, string period, RunSize size)
    {
        var token = environment.ProvinceToken(province.Code);
        Func<int, Task> platform = async _ => BenchmarkEnvironment.Totals(await environment.Http.SendAsync(BenchmarkEnvironment.GraphQLRequest(token, BenchmarkEnvironment.ProvinceTotalsBody(province.Code, period))));
        Func<int, Task> groupBy = async _ => BenchmarkEnvironment.Totals(await postgres.SendAsync(BenchmarkEnvironment.GraphQLRequest(token, BenchmarkEnvironment.ProvinceTotalsBody(province.Code, period))));
        await LoadGenerator.AlternateAsync(size.RollupSamples, size.ScenarioTimeLimit, platform, groupBy);
        var runs = await LoadGenerator.AlternateAsync(size.RollupSamples, size.ScenarioTimeLimit, platform, groupBy);
        return ScenarioResult.AtMost(Number, $"PostgreSQL: province totals p99, platform ÷ GROUP BY ({province.Name})",
            $"{province.Name}, {province.Communes.Count} communes, period {period}: p50/p99 {Ms(runs[0].P50)}/{Ms(runs[0].P99)} ms through GraphQL vs {Ms(runs[1].P50)}/{Ms(runs[1].P99)} ms by GROUP BY; " +
            $"{runs[0].Completed}+{runs[1].Completed} requests in turns after as many unmeasured",
            runs[0].P99 / runs[1].P99, " (p99)", 0.5, runs[0].Failed + runs[1].Failed, runs[0].FirstFailure ?? runs[1].FirstFailure);
    }

    /// <summary>The province overview at 32 connections, the full document text to GraphQL and the same body to PostgreSQL's one query, in turns.</summary>
    private static async Task<ScenarioResult> OverviewAsync(BenchmarkEnvironment environment, GraphQLClient postgres, ProvinceData province, RunSize size)
    {
        var shape = environment.Dataset.Shape;
        var token = environment.ProvinceToken(province.Code);
        var document = environment.Silo.App.Services.GetRequiredService<DocumentPreparation>().PersistedDocuments
            .Single(d => d.Value.Contains("query ProvinceOverview", StringComparison.Ordinal)).Value;
        var body = new { query = document, variables = new { provinceCode = province.Code, edition = shape.Edition.Id, year = shape.PlanYear, period = $"{shape.PlanYear}", communeIndicators = BenchmarkEnvironment.DashboardCommuneIndicators } };

        // The same designations on both sides, or the comparison compares different work.
        int Designations(GraphQLResponse response) => response.EnsureData()["province"]!["conversionPlan"]!["designations"]!.AsArray().Count;
        var platformCount = Designations(await environment.Http.SendAsync(BenchmarkEnvironment.GraphQLRequest(token, body)));
        var baselineCount = Designations(await postgres.SendAsync(BenchmarkEnvironment.GraphQLRequest(token, body)));
        if (platformCount != baselineCount)
        {
            throw new InvalidOperationException($"The overview has {platformCount} designations through GraphQL, {baselineCount} from PostgreSQL.");
        }

        Func<int, Task> Side(GraphQLClient client) => _ => BenchmarkEnvironment.EnsureOkAsync(client, BenchmarkEnvironment.GraphQLRequest(token, body));
        var bursts = await BurstsAsync(OverviewTurns, size.ScenarioTimeLimit * 2,
            turn => LoadGenerator.RunAsync(RunSize.Connections, int.MaxValue, turn == 0 ? size.OverheadDuration / 5 : size.OverheadDuration / OverviewTurns, Side(environment.Http)),
            turn => LoadGenerator.RunAsync(RunSize.Connections, int.MaxValue, turn == 0 ? size.OverheadDuration / 5 : size.OverheadDuration / OverviewTurns, Side(postgres)));
        var (platform, baseline) = (bursts[0], bursts[1]);
        return ScenarioResult.AtLeast(Number, "PostgreSQL: province overview throughput, platform ÷ PostgreSQL",
            $"{province.Name} ({platformCount} communes): GraphQL {Rate(platform)} (p99 {Ms(platform.P99)} ms) vs one PostgreSQL query {Rate(baseline)} (p99 {Ms(baseline.P99)} ms), " +
            $"{RunSize.Connections} connections, {size.OverheadDuration.TotalSeconds:0} s each in {OverviewTurns} turns after an unmeasured one",
            platform.PerSecond / baseline.PerSecond, "", 1, platform.Failed + baseline.Failed, platform.FirstFailure ?? baseline.FirstFailure);
    }

    /// <summary>
    /// Bursts of the two sides in turns (<see cref="LoadGenerator.AlternateAsync"/>), burst 0 of each unmeasured; each side's
    /// measured bursts added up as one result.
    /// </summary>
    private static async Task<LoopResult[]> BurstsAsync(int measured, TimeSpan limit, Func<int, Task<LoopResult>> platform, Func<int, Task<LoopResult>> baseline)
    {
        var sides = new[] { platform, baseline };
        var results = sides.Select(_ => new LoopResult(0, 0, TimeSpan.Zero, [], null)).ToArray();
        var turns = await LoadGenerator.AlternateAsync(measured + 1, limit, [.. sides.Select((side, s) => (Func<int, Task>)(async burst =>
        {
            var result = await side(burst);
            if (burst > 0)
            {
                results[s] = results[s].Plus(result);
            }
        }))]);
        // A burst that threw (not a failed operation: those are counted in its result) is a failure of the side.
        return [.. results.Select((r, s) => r with { Failed = r.Failed + turns[s].Failed, FirstFailure = r.FirstFailure ?? turns[s].FirstFailure })];
    }

    private static string Show(Dictionary<string, long?> totals) => string.Join(", ", totals.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value?.ToString() ?? "null"}"));

    private static string Rate(LoopResult result) => $"{BenchmarkEnvironment.Invariant(result.PerSecond)}/s";

    private static string Ms(double value) => BenchmarkEnvironment.Invariant(value, "0.0");
}
