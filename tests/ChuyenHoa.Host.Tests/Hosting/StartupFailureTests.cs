using System.Diagnostics;
using ChuyenHoa.Host.Storage;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Host.Tests.Hosting;

public sealed class StartupFailureTests
{
    private static string UnreachableAccount(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    [Fact]
    public async Task Building_the_host_against_an_unreachable_account_fails_with_the_endpoint_in_the_message()
    {
        var port = FreePorts.Next();

        var error = await Assert.ThrowsAsync<StorageUnreachableException>(() => SiloHost.StartAsync(
            UnreachableAccount(port), SiloHost.NewClusterId(), new Dictionary<string, string?> { ["ChuyenHoa:Storage:StartupTimeout"] = "00:00:02" }));

        Assert.Equal(port, error.Endpoint.Port);
        Assert.Contains($"http://127.0.0.1:{port}/devstoreaccount1", error.Message);
        Assert.Contains("ChuyenHoa:Storage:ConnectionString", error.Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_host_process_exits_with_code_2_and_one_clear_message_without_a_stack_trace()
    {
        var port = FreePorts.Next();
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChuyenHoa.Host.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ChuyenHoa__Storage__ConnectionString"] = UnreachableAccount(port),
                ["ChuyenHoa__Storage__StartupTimeout"] = "00:00:02",
                // Production, where sign-in needs its settings: the settings are checked before storage is tried.
                ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
                ["AzureAd__TenantId"] = "organizations",
                ["AzureAd__ClientId"] = "api://chuyenhoa",
            },
        };

        using var process = Process.Start(startInfo)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        var message = await stderr;
        Assert.Contains($"127.0.0.1:{port}", message);
        Assert.StartsWith("ChuyenHoa không khởi động được", message);
        Assert.DoesNotContain("   at ", message + await stdout);
    }

    [Fact]
    public async Task A_connection_string_together_with_service_uris_is_refused_before_storage_is_tried()
    {
        var error = await Assert.ThrowsAsync<ChuyenHoa.Host.Hosting.StartupException>(() => SiloHost.StartAsync(
            UnreachableAccount(FreePorts.Next()),
            SiloHost.NewClusterId(),
            new Dictionary<string, string?>
            {
                ["ChuyenHoa:Storage:TableServiceUri"] = "https://chuyenhoaprod.table.core.windows.net",
                ["ChuyenHoa:Storage:BlobServiceUri"] = "https://chuyenhoaprod.blob.core.windows.net",
                ["ChuyenHoa:Storage:StartupTimeout"] = "00:01:00",
            }));

        Assert.IsNotType<StorageUnreachableException>(error);
        Assert.Contains("ChuyenHoa:Storage:ConnectionString", error.Message);
        Assert.Contains("không đặt cả hai", error.Message);
    }

    [Fact]
    public async Task Outside_development_a_host_without_storage_settings_is_refused_instead_of_starting_azurite()
    {
        var error = await Assert.ThrowsAsync<ChuyenHoa.Host.Hosting.StartupException>(
            () => SiloHost.StartAsync(connectionString: null, SiloHost.NewClusterId(), environment: "Production"));

        Assert.Contains("ChuyenHoa:Storage:TableServiceUri", error.Message);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused_with_a_message_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<ChuyenHoa.Host.Hosting.StartupException>(
            () => SiloHost.StartAsync("this is not a connection string", SiloHost.NewClusterId()));

        Assert.Contains("ChuyenHoa:Storage:ConnectionString", error.Message);
    }
}
