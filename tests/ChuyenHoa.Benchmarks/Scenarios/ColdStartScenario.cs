using System.Diagnostics;
using System.Globalization;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 7. From starting the built host as a process (a new cluster on the storage that holds the loaded dataset) to the
/// first answered province-totals query; the in-process host is stopped first, so nothing is warm but the storage.
/// </summary>
public static class ColdStartScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchmarkEnvironment environment, RunSize size)
    {
        await environment.StopSiloAsync();
        var province = environment.Dataset[DatasetShape.FirstProvince];
        var token = environment.ProvinceToken(province.Code);
        var times = new List<double>();
        var failures = 0;
        string? failure = null;
        for (var i = 0; i < size.ColdStarts; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var host = HostProcess.Start(Settings(environment), Path.Combine(environment.DataPath, $"cold-start-{i}.log"));
            using var client = new GraphQLClient(host.BaseAddress, token);
            var answered = false;
            while (!answered && clock.Elapsed < size.ScenarioTimeLimit && !host.HasExited)
            {
                try
                {
                    var response = await client.PostAsync(BenchmarkEnvironment.ProvinceTotalsQuery, new { code = province.Code, period = $"{environment.Dataset.Shape.PlanYear}" });
                    answered = response.Status == System.Net.HttpStatusCode.OK
                        && response.Data?["province"]?["indicators"]?.AsArray().Any(v => v?["value"] is not null) == true;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                if (!answered)
                {
                    await Task.Delay(50);
                }
            }

            if (answered)
            {
                times.Add(clock.Elapsed.TotalSeconds);
            }
            else
            {
                failures++;
                // The host's last lines, for the row when it never answers.
                failure ??= $"no answer after {clock.Elapsed.TotalSeconds:0} s (process {(host.HasExited ? "exited" : "running")}): {string.Join(" | ", host.LastLines(15))}";
            }
        }

        var worst = times.DefaultIfEmpty(double.NaN).Max();
        return ScenarioResult.AtMost(7, "Cold start: process start to first province answer",
            $"{times.Count} starts of the built host on the loaded storage: {string.Join(", ", times.Select(t => BenchmarkEnvironment.Invariant(t, "0.0") + " s"))}",
            worst, " s", 10, failures, failure);
    }

    private static Dictionary<string, string?> Settings(BenchmarkEnvironment environment)
    {
        string Free() => FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        return new()
        {
            ["ChuyenHoa:Storage:ConnectionString"] = environment.Storage.ConnectionString,
            ["ChuyenHoa:Cluster:ClusterId"] = SiloHost.NewClusterId(),
            ["ChuyenHoa:Cluster:ServiceId"] = environment.ServiceId,
            ["ChuyenHoa:Cluster:SiloPort"] = Free(),
            ["ChuyenHoa:Cluster:GatewayPort"] = Free(),
            ["ChuyenHoa:DemoData"] = "false",
            ["ChuyenHoa:DataPath"] = environment.DataPath,
            ["ChuyenHoa:Tenants:0:ProvinceCode"] = DatasetShape.FirstProvince,
            ["ChuyenHoa:Tenants:0:TenantIds:0"] = DevelopmentIssuer.TenantId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }
}
