using System.Text.Json.Nodes;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;

namespace ChuyenHoa.Benchmarks.Tests;

/// <summary>
/// The runner in smoke mode (two provinces, six communes each, on each list of units) end to end, so that the benchmarks cannot rot.
/// It checks that every scenario ran and produced a well-formed row, never how fast anything was.
/// </summary>
[Trait("Category", "Slow")]
[Collection(SmokeRunCollection.Name)]
public sealed class SmokeRunTests
{
    [Fact]
    public async Task The_smoke_run_produces_a_well_formed_row_for_every_scenario_and_writes_them_with_the_machine_and_the_commit()
    {
        var output = Directory.CreateTempSubdirectory("chuyenhoa-bench-smoke-").FullName;
        try
        {
            var report = await BenchmarkRunner.RunAsync([DatasetShape.Smoke, DatasetShape.Smoke2025], RunSize.Smoke, "smoke", BenchmarkRunner.Scenarios.Select(s => s.Number).ToHashSet(), TextWriter.Null);
            await report.WriteAsync(output);

            Assert.Equal(BenchmarkRunner.Scenarios.Select(s => s.Number), report.Scenarios.Select(s => s.Number).Distinct());
            // Every scenario, the PostgreSQL baseline included (the machine has it), on both lists of units.
            Assert.All(new[] { "[2024 list]", "[2025 list]" }, list => Assert.Equal(
                BenchmarkRunner.Scenarios.Select(s => s.Number), report.Scenarios.Where(r => r.Name.EndsWith(list, StringComparison.Ordinal)).Select(r => r.Number).Distinct()));
            Assert.All(report.Scenarios, row =>
            {
                Assert.Equal(0, row.Failures);
                // The heap of a smoke run's few communes lies within what one full collection frees or keeps by chance, so only
                // its being a number says something there; every other figure is a rate, a latency or a ratio of them.
                Assert.True(double.IsFinite(row.Value) && (row.Value > 0 || row.Number == 6), $"{row.Name}: {row.Value}");
                Assert.Matches(@"^(met|missed by \d+ %)$", row.Verdict);
                Assert.False(string.IsNullOrWhiteSpace(row.Measured));
            });
            // The tests run from a checkout: the commit is known, possibly with this change uncommitted.
            Assert.Matches("^[0-9a-f]{7,40}(" + System.Text.RegularExpressions.Regex.Escape(SourceVersion.UncommittedChanges) + ")?$", report.Commit);
            Assert.Matches("digest [0-9a-f]{16}", report.Dataset);
            var markdown = await File.ReadAllTextAsync(Path.Combine(output, ResultsReport.MarkdownFile));
            Assert.Contains($"{Environment.ProcessorCount} logical cores", markdown);
            Assert.Contains($"\n- Commit: {report.Commit}\n", markdown);
            Assert.Equal(report.Scenarios.Count, markdown.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| \d \|")));
            var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, ResultsReport.JsonFile)))!;
            Assert.Equal(report.Scenarios.Count, json["scenarios"]!.AsArray().Count);
            Assert.Equal(Environment.ProcessorCount, json["machine"]!["logicalCores"]!.GetValue<int>());
            Assert.Equal(report.Commit, json["commit"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}

/// <summary>
/// The smoke run alone, after the other tests of the process: its memory scenario measures this process's managed heap,
/// which the national dataset of <see cref="DatasetTests"/> or another test's host, running beside it, changed under it
/// (a heap smaller after activating communes than before failed the row).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SmokeRunCollection
{
    public const string Name = "Smoke run";
}
