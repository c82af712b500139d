using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Host.Tests.Configuration;

/// <summary>The host started with one bad setting, in Development with no storage configured, as a newcomer runs it.</summary>
public sealed class SettingsValidationTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("chuyenhoa-settings-").FullName;

    /// <summary>
    /// Each setting in this process (a host process per setting was most of this project's CPU time); the exceptions
    /// allowed are the two that <c>Program</c> turns into exit code 2 and its one sentence, which the process test below
    /// checks end to end.
    /// </summary>
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
    public async Task A_bad_setting_stops_the_host_with_a_startup_error_naming_it_before_azurite_starts(string key, string value)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => SiloHost.StartAsync(connectionString: null, SiloHost.NewClusterId(), Settings(key, value)));

        Assert.True(error is StartupException or OptionsValidationException, $"{error.GetType().Name}: {error.Message}");
        Assert.Contains(key, error.Message);
        Assert.DoesNotContain("   at ", error.Message);
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "azurite")), "no Azurite was started");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_built_host_given_a_bad_setting_exits_with_code_2_and_one_sentence_naming_it_before_azurite_starts()
    {
        const string key = "ChuyenHoa:Cluster:SiloPort";
        await using var host = HostProcess.Start(Settings(key, "70000"), Path.Combine(_dataPath, "host.log"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        await host.WaitForExitAsync(timeout.Token);

        var log = string.Join('\n', host.LastLines(40));
        Assert.Equal(2, host.ExitCode);
        Assert.Contains("ChuyenHoa không khởi động được", log);
        Assert.Contains(key, log);
        Assert.DoesNotContain("   at ", log);
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "azurite")), "no Azurite was started");
    }

    private Dictionary<string, string?> Settings(string key, string value) => new()
    {
        ["ChuyenHoa:DataPath"] = _dataPath,
        ["ChuyenHoa:Azurite:BlobPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ChuyenHoa:Azurite:QueuePort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ChuyenHoa:Azurite:TablePort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        [key] = value,
    };

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);
}
