using System.Text;
using System.Text.Json;

namespace ChuyenHoa.Benchmarks.Reporting;

/// <summary>The outcome of a run: when, on what, of which commit, with which data, and one row per scenario.</summary>
/// <param name="Commit">See <see cref="SourceVersion.DescribeAsync"/>.</param>
public sealed record ResultsReport(DateTimeOffset StartedAt, TimeSpan Duration, string Mode, MachineDescription Machine, string Commit, string Dataset, IReadOnlyList<ScenarioResult> Scenarios)
{
    public const string MarkdownFile = "results.md";
    public const string JsonFile = "results.json";

    // A scenario that could not run has NaN for its value; JSON has no NaN of its own, so it is written as the string "NaN".
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| # | scenario | measured | ratio / value | target | result |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in Scenarios)
        {
            text.AppendLine($"| {s.Number} | {s.Name} | {s.Measured} | {ScenarioResult.Format(s.Value)}{s.Unit} | {s.Target} | {s.Verdict} |");
        }

        return text.ToString();
    }

    public string Markdown() =>
        $"""
        # Benchmark results ({Mode})

        - Run: {StartedAt:yyyy-MM-dd HH:mm} UTC, {Duration.TotalMinutes:0.0} min in all
        - Machine: {Machine}
        - Commit: {Commit}
        - Dataset: {Dataset}

        {Table()}
        """;

    public async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, MarkdownFile), Markdown());
        await File.WriteAllTextAsync(Path.Combine(directory, JsonFile), JsonSerializer.Serialize(this, Json));
    }
}
