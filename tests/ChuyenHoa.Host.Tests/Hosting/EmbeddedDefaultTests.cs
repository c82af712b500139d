using System.Net;
using System.Net.Sockets;
using ChuyenHoa.Contracts.AdministrativeUnits;
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
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
            await Eventually.HoldsAsync(
                async () => (await first.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync()).Count == 2,
                TimeSpan.FromSeconds(60),
                "the demo tenants 14 and 12 are onboarded");
            Assert.True(File.Exists(Path.Combine(_dataPath, "azurite", "azurite.pid")));
        }

        Assert.False(await AcceptsConnectionsAsync(tablePort), "Azurite stops with the host");
        Assert.False(File.Exists(Path.Combine(_dataPath, "azurite", "azurite.pid")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dataPath, "azurite"), "__azurite_db_table__*"));

        await using var second = await SiloHost.StartAsync(connectionString: null, clusterId, _settings);
        var tenants = await second.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync();
        Assert.Equal(["12", "14"], tenants.Select(t => t.ProvinceCode));
        Assert.Equal("Chiềng Khoang", (await second.Grains.GetGrain<IAdministrativeUnitGrain>("03718").GetAsync())?.Name);
    }

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
