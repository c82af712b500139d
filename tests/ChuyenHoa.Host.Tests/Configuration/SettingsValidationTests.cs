using ChuyenHoa.Testing;

namespace ChuyenHoa.Host.Tests.Configuration;

/// <summary>The built host started with one bad setting, in Development with no storage configured, as a newcomer runs it.</summary>
public sealed class SettingsValidationTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("chuyenhoa-settings-").FullName;

    [Theory]
    [InlineData("ChuyenHoa:Cluster:AdvertisedIPAddress", "the-silo")]
    [InlineData("ChuyenHoa:Cluster:SiloPort", "70000")]
    [InlineData("ChuyenHoa:Cluster:GatewayPort", "-1")]
    [InlineData("ChuyenHoa:Azurite:BlobPort", "0")]
    [InlineData("ChuyenHoa:Storage:StartupTimeout", "-00:00:05")]
    [InlineData("ChuyenHoa:Cluster:LeaveTimeout", "00:00:00")]
    [InlineData("ChuyenHoa:Cluster:Membership:ProbeTimeout", "-00:00:01")]
    [InlineData("ChuyenHoa:Cluster:SiloPort", "eleven")]
    [InlineData("ChuyenHoa:GraphQL:RequestTimeout", "-00:00:30")]
    [InlineData("ChuyenHoa:RateLimiting:Window", "00:00:00")]
    public async Task A_bad_setting_stops_the_host_with_exit_code_2_and_a_sentence_naming_it_before_azurite_starts(string key, string value)
    {
        await using var host = HostProcess.Start(new Dictionary<string, string?>
        {
            ["ChuyenHoa:DataPath"] = _dataPath,
            ["ChuyenHoa:Azurite:BlobPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChuyenHoa:Azurite:QueuePort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChuyenHoa:Azurite:TablePort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [key] = value,
        }, Path.Combine(_dataPath, "host.log"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        await host.WaitForExitAsync(timeout.Token);

        var log = string.Join('\n', host.LastLines(40));
        Assert.Equal(2, host.ExitCode);
        Assert.Contains("ChuyenHoa không khởi động được", log);
        Assert.Contains(key, log);
        Assert.DoesNotContain("   at ", log);
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "azurite")), "no Azurite was started");
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);
}
