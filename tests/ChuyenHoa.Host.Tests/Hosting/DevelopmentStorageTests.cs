using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Host.Tests.Hosting;

/// <summary>
/// Hosts run as a newcomer runs them: processes of the built host in Development with no storage configured, each
/// starting the Azurite of its own data folder on the same Azurite ports.
/// </summary>
public sealed class DevelopmentStorageTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly string _root = Directory.CreateTempSubdirectory("chuyenhoa-devstorage-").FullName;
    private readonly string _clusterId = SiloHost.NewClusterId();
    private readonly (int Blob, int Queue, int Table) _ports = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());

    // One silo port for every host of a test, as hosts started with the defaults have: a restarted silo then takes over
    // the killed one's membership row at once instead of waiting for it to be voted dead.
    private readonly int _siloPort = FreePorts.Next();
    private readonly List<int> _orphans = [];

    private string FirstFolder => Path.Combine(_root, "first");

    private string SecondFolder => Path.Combine(_root, "second");

    [Fact]
    public async Task A_second_host_with_another_data_folder_exits_with_code_2_naming_the_port_and_the_first_hosts_azurite_and_the_first_silo_stays_the_only_active_one()
    {
        await using var first = await StartReadyAsync(FirstFolder, "first");
        var firstAzurite = AzuriteIdOf(FirstFolder);

        await using var second = Start(SecondFolder, "second");
        var log = await ExitLogAsync(second);

        Assert.Equal(2, second.ExitCode);
        Assert.Contains("ChuyenHoa không khởi động được", log);
        Assert.Contains($"Cổng {_ports.Blob.ToString(CultureInfo.InvariantCulture)} đang bị chiếm bởi Azurite tiến trình {firstAzurite.ToString(CultureInfo.InvariantCulture)}", log);
        Assert.Contains(Path.Combine(FirstFolder, "azurite"), log);
        Assert.DoesNotContain("   at ", log);
        Assert.True(await first.IsReadyAsync(), "the first host is still ready");
        Assert.Equal(["Active"], await SiloStatusesAsync());
    }

    [Fact]
    public async Task An_azurite_left_by_a_killed_host_is_not_used_by_a_host_with_another_data_folder()
    {
        var orphan = await OrphanTheFirstHostsAzuriteAsync();

        await using var second = Start(SecondFolder, "second");
        var log = await ExitLogAsync(second);

        Assert.Equal(2, second.ExitCode);
        Assert.Contains($"Cổng {_ports.Blob.ToString(CultureInfo.InvariantCulture)} đang bị chiếm bởi Azurite tiến trình {orphan.ToString(CultureInfo.InvariantCulture)}", log);
        Assert.Contains(Path.Combine(FirstFolder, "azurite"), log);
        Assert.True(IsRunning(orphan), "a host does not stop another folder's Azurite");
        Assert.False(File.Exists(Path.Combine(SecondFolder, "azurite", DevelopmentAzurite.PidFileName)));
    }

    [Fact]
    public async Task An_azurite_left_by_a_killed_host_is_stopped_and_replaced_by_the_next_host_of_the_same_data_folder_which_keeps_its_data()
    {
        var orphan = await OrphanTheFirstHostsAzuriteAsync();

        await using var again = await StartReadyAsync(FirstFolder, "again");

        Assert.False(IsRunning(orphan), "the orphan has been stopped");
        Assert.NotEqual(orphan, AzuriteIdOf(FirstFolder));
        Assert.Contains(File.ReadLines(again.LogPath), line => line.Contains("Stopping the Azurite that a killed host left running", StringComparison.Ordinal));
        // The killed silo's membership row is still in the store: the new Azurite opened the same data.
        Assert.True((await SiloStatusesAsync()).Count >= 2, "both silos' membership rows are in the store");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // The Azurites the tests orphaned on purpose, if a test failed before they were stopped.
        foreach (var id in _orphans.Where(IsRunning))
        {
            using var orphan = Process.GetProcessById(id);
            await PosixSignal.StopAsync(orphan);
        }

        Directory.Delete(_root, recursive: true);
    }

    private HostProcess Start(string dataPath, string name)
    {
        Directory.CreateDirectory(dataPath);
        return HostProcess.Start(new Dictionary<string, string?>
        {
            ["ChuyenHoa:DataPath"] = dataPath,
            ["ChuyenHoa:Azurite:BlobPort"] = _ports.Blob.ToString(CultureInfo.InvariantCulture),
            ["ChuyenHoa:Azurite:QueuePort"] = _ports.Queue.ToString(CultureInfo.InvariantCulture),
            ["ChuyenHoa:Azurite:TablePort"] = _ports.Table.ToString(CultureInfo.InvariantCulture),
            // One cluster, as two hosts with the defaults would be: the second must not join the first.
            ["ChuyenHoa:Cluster:ClusterId"] = _clusterId,
            ["ChuyenHoa:Cluster:ServiceId"] = _clusterId,
            ["ChuyenHoa:Cluster:SiloPort"] = _siloPort.ToString(CultureInfo.InvariantCulture),
            ["ChuyenHoa:Cluster:GatewayPort"] = "0",
            ["ChuyenHoa:DemoData"] = "false",
        }, Path.Combine(_root, $"{name}.log"));
    }

    private async Task<HostProcess> StartReadyAsync(string dataPath, string name)
    {
        var host = Start(dataPath, name);
        try
        {
            await Eventually.HoldsAsync(
                async () => host.HasExited || await host.IsReadyAsync(), StartTimeout, $"the {name} host is ready (log {host.LogPath})");
            Assert.False(host.HasExited, $"the {name} host exited: {string.Join('\n', host.LastLines(20))}");
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private static async Task<string> ExitLogAsync(HostProcess host)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await host.WaitForExitAsync(timeout.Token);
        return string.Join('\n', host.LastLines(40));
    }

    /// <summary>Starts the first host and kills it alone with SIGKILL, as a crash or <c>kill -9</c> would: its Azurite is not told.</summary>
    /// <returns>The process id of the Azurite it leaves running.</returns>
    private async Task<int> OrphanTheFirstHostsAzuriteAsync()
    {
        await using var first = await StartReadyAsync(FirstFolder, "first");
        var orphan = AzuriteIdOf(FirstFolder);
        _orphans.Add(orphan);
        using (var process = Process.GetProcessById(first.Id))
        {
            process.Kill(entireProcessTree: false);
        }

        await first.WaitForExitAsync(CancellationToken.None);
        Assert.True(IsRunning(orphan), "the killed host's Azurite keeps running");
        return orphan;
    }

    private static int AzuriteIdOf(string dataPath) =>
        int.Parse(File.ReadLines(Path.Combine(dataPath, "azurite", DevelopmentAzurite.PidFileName)).First(), CultureInfo.InvariantCulture);

    /// <summary>That process is still the first folder's Azurite (process ids are reused, and other tests run Azurites too).</summary>
    private bool IsRunning(int id) => LocalProcess.Find(id) is { IsAzurite: true } azurite && azurite.AzuriteLocation == Path.Combine(FirstFolder, "azurite");

    private async Task<List<string>> SiloStatusesAsync()
    {
        var tables = new TableServiceClient(AzuriteProcess.ConnectionStringFor("http", _ports.Blob, _ports.Queue, _ports.Table));
        var rows = await tables.GetTableClient("OrleansSiloInstances").QueryAsync<TableEntity>(e => e.PartitionKey == _clusterId).ToListAsync();
        // The version row has no status.
        return [.. rows.Where(r => r.ContainsKey("Status")).Select(r => r.GetString("Status"))];
    }
}
