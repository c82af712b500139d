using System.Globalization;

namespace ChuyenHoa.Benchmarks.Reporting;

/// <summary>One row of the results table: the figures side by side, and the ratio (or value) checked against the target.</summary>
/// <param name="Measured">The figures the ratio is made of, as people read them.</param>
/// <param name="Value">The ratio or value compared with <paramref name="Target"/>.</param>
/// <param name="Failures">Operations that failed during the scenario; a row with failures is not a valid measurement.</param>
/// <param name="Verdict">"met", "missed by N %", or why the row is not valid.</param>
public sealed record ScenarioResult(int Number, string Name, string Measured, double Value, string Unit, string Target, bool Met, int Failures, string Verdict)
{
    /// <param name="failure">The first failure's message, shown with the count.</param>
    public static ScenarioResult AtLeast(int number, string name, string measured, double value, string unit, double target, int failures, string? failure = null) =>
        Create(number, name, measured, value, unit, $"≥ {Format(target)}{unit}", value >= target, failures, failure, (target - value) / target);

    public static ScenarioResult AtMost(int number, string name, string measured, double value, string unit, double target, int failures, string? failure = null) =>
        Create(number, name, measured, value, unit, $"≤ {Format(target)}{unit}", value <= target, failures, failure, (value - target) / target);

    /// <summary>A scenario that could not run to the end: a row that says why, never a figure.</summary>
    public static ScenarioResult Error(int number, string name, Exception error) =>
        new(number, name, "-", double.NaN, "", "-", false, 1, $"ERROR: {error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")}");

    /// <summary>A scenario that was not run, and why (PostgreSQL not installed): a row that says so, never a figure.</summary>
    public static ScenarioResult Skipped(int number, string name, string reason) =>
        new(number, name, "-", double.NaN, "", "-", false, 0, $"SKIPPED: {reason}");

    public static string Format(double value) => value.ToString(Math.Abs(value) >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);

    private static ScenarioResult Create(int number, string name, string measured, double value, string unit, string target, bool met, int failures, string? failure, double shortfall)
    {
        var verdict = failures > 0 || double.IsNaN(value)
            ? $"INVALID: {failures} operations failed{(failure is null ? "" : $" (first: {failure.ReplaceLineEndings(" ")})")}"
            : met ? "met" : $"missed by {(shortfall * 100).ToString("0", CultureInfo.InvariantCulture)} %";
        return new ScenarioResult(number, name, measured, value, unit, target, met && failures == 0, failures, verdict);
    }
}
