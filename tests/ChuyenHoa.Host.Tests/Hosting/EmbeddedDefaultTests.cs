using System.Net;
using System.Net.Sockets;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.DemoData;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Host.Tests.Hosting;

[Trait("Category", "Slow")]
public sealed class EmbeddedDefaultTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"chuyenhoa-test-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string?> _settings;

    public EmbeddedDefaultTests()
    {
        _settings = new()
        {
            ["ChuyenHoa:DataPath"] = _dataPath,
            ["ChuyenHoa:DemoData"] = null,
            ["ChuyenHoa:Azurite:BlobPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChuyenHoa:Azurite:QueuePort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChuyenHoa:Azurite:TablePort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [Fact]
    public async Task Without_a_connection_string_the_host_runs_azurite_on_disk_loads_the_demo_tenants_and_keeps_them_across_a_restart()
    {
        var clusterId = SiloHost.NewClusterId();
        var tablePort = int.Parse(_settings["ChuyenHoa:Azurite:TablePort"]!, System.Globalization.CultureInfo.InvariantCulture);
        await using (var first = await SiloHost.StartAsync(connectionString: null, clusterId, _settings))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            // Ready waits for the demo data: once it answers 200, every demo tenant is there on each of its lists.
            await Eventually.HoldsAsync(
                async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(120),
                "ready answers 200");
            Assert.Equal(DemoOnboardings, Onboarded(await first.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync()));
            Assert.True(File.Exists(Path.Combine(_dataPath, "azurite", "azurite.pid")));
        }

        Assert.False(await AcceptsConnectionsAsync(tablePort), "Azurite stops with the host");
        Assert.False(File.Exists(Path.Combine(_dataPath, "azurite", "azurite.pid")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dataPath, "azurite"), "__azurite_db_table__*"));

        await using var second = await SiloHost.StartAsync(connectionString: null, clusterId, _settings);
        var tenants = await second.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
        Assert.Equal(DemoOnboardings, Onboarded(tenants));
        Assert.Equal("Chiềng Khoang", (await second.Grains.GetGrain<IAdministrativeUnitGrain>("03718").GetAsync())?.Name);
    }

    private static IEnumerable<(string, string)> DemoOnboardings => DemoTenants.Onboardings.Select(o => (o.ProvinceCode, o.Edition.Id)).Order();

    private static IEnumerable<(string, string)> Onboarded(IEnumerable<TenantInfo> tenants) => tenants.Select(t => (t.ProvinceCode, t.EditionId)).Order();

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
