using Azure.Data.Tables;
using ChuyenHoa.Benchmarks.Reporting;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 1. Reports per second through the platform (the GraphQL mutation over HTTP, validated, recorded with history and
/// rolled up to district and province) against raw upserts of as many entities, one per report, to a table of the same Azurite.
/// </summary>
public static class IngestScenario
{
    /// <summary>Every report of the scenario corrects a month already reported, which needs a note.</summary>
    public const string CorrectionNote = "Điều chỉnh số camera an ninh (đo hiệu năng).";

    public static async Task<ScenarioResult> RunAsync(BenchmarkEnvironment environment, RunSize size)
    {
        // December again with one more camera: a correction, accepted by the rules, that changes a value at every level.
        var communes = environment.Dataset.Provinces.SelectMany(p => p.Communes).ToArray();
        // Spread over the whole country, as reports arrive; a commune is sent twice only when the dataset has fewer communes than reports.
        // Each round visits every chosen commune once, so no two reports are the same (the same report again is a no-op).
        var chosen = Math.Min(size.IngestReports, communes.Length);
        var reports = Enumerable.Range(0, size.IngestReports).Select(i => (Commune: communes[(int)((long)(i % chosen) * communes.Length / chosen)], Round: 1 + (i / chosen)))
            .Select(r => (r.Commune, Report: r.Commune.LastReport with
            {
                Values = [.. r.Commune.LastReport.Values.Select(v => v.Indicator == SecurityCameras ? v with { Value = v.Value + r.Round } : v)],
            })).ToArray();

        var platform = await LoadGenerator.RunAsync(RunSize.Connections, reports.Length, size.ScenarioTimeLimit, async i =>
        {
            var (commune, report) = reports[i];
            await environment.SubmitReportAsync(commune, report.Period, report.Values, CorrectionNote);
        });

        var table = new TableClient(environment.Storage.ConnectionString, $"benchraw{Guid.NewGuid():N}"[..30]);
        await table.CreateIfNotExistsAsync();
        var raw = await LoadGenerator.RunAsync(RunSize.Connections, platform.Completed, size.ScenarioTimeLimit, async i =>
        {
            var (commune, report) = reports[i];
            var entity = new TableEntity(commune.Code, $"{report.Period}-{i}");
            foreach (var value in report.Values)
            {
                entity[value.Indicator] = (long)value.Value;
            }

            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
        });
        await table.DeleteAsync();

        return ScenarioResult.AtLeast(1, "Ingest: platform vs raw table upserts",
            $"{platform.Completed} reports: {BenchmarkEnvironment.Invariant(platform.PerSecond)}/s through GraphQL (p50 {BenchmarkEnvironment.Invariant(platform.P50)} ms) vs {BenchmarkEnvironment.Invariant(raw.PerSecond)}/s raw upserts, {RunSize.Connections} connections",
            platform.PerSecond / raw.PerSecond, "", 0.5, platform.Failed + raw.Failed, platform.FirstFailure ?? raw.FirstFailure);
    }
}
