using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ChuyenHoa.Host.Cli;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Authentication;

/// <summary>The <c>token</c> command's output, as a developer would paste it, signs in to a host on the same data folder.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class TokenCommandAcceptanceTests(DevelopmentHostFixture fixture)
{
    [Fact]
    public async Task A_token_printed_in_process_is_accepted_by_the_running_host_on_the_same_data_folder()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(
            ["--role", "District.Committee", "--province", "14", "--district", "118", "--name", "Lò Thanh Thủy", "--ChuyenHoa:DataPath", fixture.DataPath],
            output, error);

        Assert.Equal(0, exitCode);
        using var me = await MeAsync(fixture.Host, output.ToString().Trim());
        Assert.Equal(("Lò Thanh Thủy", "14", "118"), (Text(me, "displayName"), Text(me, "provinceCode"), Text(me, "districtCode")));
    }

    [Fact]
    public async Task A_token_printed_by_the_built_host_process_creates_the_key_that_a_host_started_later_accepts()
    {
        var dataPath = Directory.CreateTempSubdirectory("chuyenhoa-cli-").FullName;
        try
        {
            var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChuyenHoa.Host.dll"), "token", "--role", "Analyst", "--province", "12"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = AppContext.BaseDirectory,
                Environment = { ["ChuyenHoa__DataPath"] = dataPath },
            };
            using var process = Process.Start(startInfo)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await stderr);

            await using var host = await SiloHost.StartAsync(fixture.ConnectionString, SiloHost.NewClusterId(), DevelopmentHostFixture.DataPathSetting(dataPath));
            using var me = await MeAsync(host, (await stdout).Trim());
            Assert.Equal(("Chuyên viên phân tích Tỉnh Lai Châu", "12"), (Text(me, "displayName"), Text(me, "provinceCode")));
            Assert.Equal(JsonValueKind.Null, me.RootElement.GetProperty("districtCode").ValueKind);

            // The running test host has a key of its own: a token from another data folder does not sign in there.
            using var elsewhere = DevelopmentHostFixture.Client(fixture.Host, (await stdout).Trim());
            Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/me")).StatusCode);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<JsonDocument> MeAsync(SiloHost host, string token)
    {
        using var http = DevelopmentHostFixture.Client(host, token);
        var response = await http.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string? Text(JsonDocument document, string property) => document.RootElement.GetProperty(property).GetString();
}
