using System.Diagnostics;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ChuyenHoa.Host.Tests.Reliability;

/// <summary>A silo process whose storage has gone away is asked to stop (SIGTERM), as in a rolling deployment.</summary>
[Trait("Category", "Slow")]
public sealed class StorageCutOffStopTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LeaveTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_silo_cut_off_from_storage_exits_soon_after_its_leave_timeout_instead_of_two_minutes()
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteLaunch(AzuriteFixture.PackageDirectory, Location: null), NullLogger.Instance);
        var dataPath = Directory.CreateTempSubdirectory("chuyenhoa-cutoff-").FullName;
        try
        {
            await StopWithoutStorageAsync(azurite, dataPath);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private async Task StopWithoutStorageAsync(AzuriteProcess azurite, string dataPath)
    {
        await using var silo = HostProcess.Start(
            new Dictionary<string, string?>
            {
                ["ChuyenHoa:Storage:ConnectionString"] = azurite.ConnectionString,
                ["ChuyenHoa:Cluster:ClusterId"] = SiloHost.NewClusterId(),
                ["ChuyenHoa:Cluster:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ChuyenHoa:Cluster:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ChuyenHoa:Cluster:LeaveTimeout"] = LeaveTimeout.ToString(),
                ["ChuyenHoa:DataPath"] = dataPath,
                ["ChuyenHoa:DemoData"] = "false",
            },
            Path.Combine(dataPath, "silo.log"));
        try
        {
            await Eventually.HoldsAsync(silo.IsReadyAsync, TimeSpan.FromSeconds(180), "the silo is ready");
        }
        finally
        {
            await azurite.DisposeAsync();
        }

        var stopping = Stopwatch.StartNew();
        silo.Terminate();
        // Before the leave timeout, Orleans tried for two minutes (30 s shutting down, 30 s stopping, a fixed minute for Dead).
        using var bound = new CancellationTokenSource(LeaveTimeout + TimeSpan.FromSeconds(25));
        await silo.WaitForExitAsync(bound.Token);

        output.WriteLine($"exited with code {silo.ExitCode} {stopping.Elapsed.TotalSeconds:0.0} s after SIGTERM (leave timeout {LeaveTimeout.TotalSeconds:0} s)");
        Assert.Equal(0, silo.ExitCode);
        Assert.Contains(silo.LastLines(int.MaxValue), line => line.Contains("could not record its departure in the membership table", StringComparison.Ordinal));
    }
}
