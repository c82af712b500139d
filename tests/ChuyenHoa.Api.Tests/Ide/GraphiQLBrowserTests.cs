using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;
using System.Diagnostics;
using ChuyenHoa.Host.Configuration;
using Xunit.Abstractions;

namespace ChuyenHoa.Api.Tests.Ide;

/// <summary>
/// The IDE page in a real headless Chromium, driven by tests/browser/graphiql-ide.mjs (Playwright): it proves the
/// page works offline, sends the pasted token and shows the signed-in caller that <c>/graphql</c> answers with. Screenshots land in tests/browser/output/.
/// </summary>
[Collection(IdeHostCollection.Name)]
public sealed class GraphiQLBrowserTests(IdeHostFixture fixture, ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string BrowserTests = Path.Combine(
        RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository."), "tests", "browser");

    [Fact]
    public async Task In_headless_Chromium_the_page_loads_offline_and_every_request_carries_the_pasted_token()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's Chromium (apt-get install -y chromium).");
        await EnsurePlaywrightInstalledAsync();
        const string name = "Kiểm thử Trình duyệt";
        var token = new DevelopmentIssuer(fixture.DataPath).CreateToken(
            new DevelopmentTokenRequest(Roles.Analyst, "14", null, name, TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);

        var (exitCode, log) = await RunAsync(
            "node", [Path.Combine(BrowserTests, "graphiql-ide.mjs"), fixture.Host.BaseAddress.ToString(), token, Path.Combine(BrowserTests, "output"), name],
            TimeSpan.FromMinutes(3));

        output.WriteLine(log);
        Assert.True(exitCode == 0, log);
    }

    private async Task EnsurePlaywrightInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(BrowserTests, "node_modules", "playwright-core")))
        {
            return;
        }

        var (exitCode, log) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5));
        output.WriteLine(log);
        Assert.True(exitCode == 0, $"npm ci in {BrowserTests} failed: {log}");
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = BrowserTests,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"{fileName} still running after {timeout.TotalSeconds:0} s\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
