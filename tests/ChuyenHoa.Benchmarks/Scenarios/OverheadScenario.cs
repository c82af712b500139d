using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 3. Throughput of the province-overview query over <c>POST /graphql</c> (full text, and by persisted document id)
/// against the bare JSON endpoint that reads the same grains, at 32 connections, one after another for the same time.
/// </summary>
public static class OverheadScenario
{
    private const int Turns = 3;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchmarkEnvironment environment, RunSize size)
    {
        const string province = DatasetShape.FirstProvince;
        var token = environment.ProvinceToken(province);
        var document = environment.Silo.App.Services.GetRequiredService<DocumentPreparation>().PersistedDocuments
            .Single(d => d.Value.Contains("query ProvinceOverview", StringComparison.Ordinal));
        var shape = environment.Dataset.Shape;
        var variables = new { provinceCode = province, edition = shape.Edition.Id, year = shape.PlanYear, period = $"{shape.PlanYear}", communeIndicators = BenchmarkEnvironment.DashboardCommuneIndicators };
        var bareUri = $"{BareOverviewEndpoint.Path}?provinceCode={province}&edition={shape.Edition.Id}&year={shape.PlanYear}&period={shape.PlanYear}&indicators={string.Join(',', BenchmarkEnvironment.DashboardCommuneIndicators)}";

        Func<int, Task> bare = _ => BenchmarkEnvironment.EnsureOkAsync(environment.Http, BenchmarkEnvironment.Authorized(new HttpRequestMessage(HttpMethod.Get, bareUri), token));
        Func<int, Task> graphql = _ => BenchmarkEnvironment.EnsureOkAsync(environment.Http, BenchmarkEnvironment.GraphQLRequest(token, new { query = document.Value, variables }));
        Func<int, Task> persisted = _ => BenchmarkEnvironment.EnsureOkAsync(environment.Http, BenchmarkEnvironment.GraphQLRequest(token, new { documentId = $"sha256:{document.Key}", variables }));

        // Same count of designations in both answers, or the comparison compares different work.
        var bareCount = (await environment.Http.SendAsync(BenchmarkEnvironment.Authorized(new HttpRequestMessage(HttpMethod.Get, bareUri), token))).Json["province"]!["conversionPlan"]!["designations"]!.AsArray().Count;
        var graphqlCount = (await environment.Http.SendAsync(BenchmarkEnvironment.GraphQLRequest(token, new { query = document.Value, variables }))).EnsureData()["province"]!["conversionPlan"]!["designations"]!.AsArray().Count;
        if (bareCount != graphqlCount)
        {
            throw new InvalidOperationException($"The bare endpoint answered {bareCount} designations, GraphQL {graphqlCount}.");
        }

        // In turns, a third of the time each, so that a change in what else the machine is doing falls on all three alike.
        var variants = new[] { ("bare", bare), ("graphql", graphql), ("persisted", persisted) };
        foreach (var (_, operation) in variants)
        {
            await LoadGenerator.RunAsync(RunSize.Connections, int.MaxValue, size.OverheadDuration / 5, operation);
        }

        var results = variants.ToDictionary(v => v.Item1, _ => new LoopResult(0, 0, TimeSpan.Zero, [], null));
        for (var turn = 0; turn < Turns; turn++)
        {
            foreach (var (name, operation) in variants)
            {
                results[name] = results[name].Plus(await LoadGenerator.RunAsync(RunSize.Connections, int.MaxValue, size.OverheadDuration / Turns, operation));
            }
        }

        var failures = results.Values.Sum(r => r.Failed);
        var failure = results.Values.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null);
        string Rate(string name) => $"{BenchmarkEnvironment.Invariant(results[name].PerSecond)}/s (p99 {BenchmarkEnvironment.Invariant(results[name].P99)} ms)";
        return
        [
            ScenarioResult.AtLeast(3, "GraphQL overhead: POST /graphql vs bare JSON",
                $"province overview of Sơn La ({graphqlCount} communes): GraphQL {Rate("graphql")} vs bare {Rate("bare")}, {RunSize.Connections} connections, {size.OverheadDuration.TotalSeconds:0} s each in {Turns} turns",
                results["graphql"].PerSecond / results["bare"].PerSecond, "", 0.6, failures, failure),
            ScenarioResult.AtLeast(3, "GraphQL overhead: persisted document vs bare JSON",
                $"persisted document {Rate("persisted")} vs bare {Rate("bare")}",
                results["persisted"].PerSecond / results["bare"].PerSecond, "", 0.6, failures, failure),
        ];
    }
}
