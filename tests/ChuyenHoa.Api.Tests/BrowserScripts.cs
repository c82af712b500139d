using System.Diagnostics;
using ChuyenHoa.Host.Configuration;
using Xunit.Abstractions;

namespace ChuyenHoa.Api.Tests;

/// <summary>
/// Runs the scripts of tests/browser (Playwright driving Debian's Chromium) with node, installing playwright-core first
/// when needed. Screenshots land in tests/browser/output/.
/// </summary>
public static class BrowserScripts
{
    public const string Chromium = "/usr/bin/chromium";

    public static readonly string Directory = Path.Combine(
        RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository."), "tests", "browser");

    public static string OutputDirectory => Path.Combine(Directory, "output");

    /// <summary>Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> and fails the test, with its log, unless it exits 0.</summary>
    public static async Task RunAsync(ITestOutputHelper output, string script, params string[] arguments)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's Chromium (apt-get install -y chromium).");
        await EnsurePlaywrightInstalledAsync(output);
        var (exitCode, log) = await RunProcessAsync("node", [Path.Combine(Directory, script), .. arguments], TimeSpan.FromMinutes(4));
        output.WriteLine(log);
        Assert.True(exitCode == 0, log);
    }

    private static async Task EnsurePlaywrightInstalledAsync(ITestOutputHelper output)
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "playwright-core")))
        {
            return;
        }

        var (exitCode, log) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5));
        output.WriteLine(log);
        Assert.True(exitCode == 0, $"npm ci in {Directory} failed: {log}");
    }

    private static async Task<(int ExitCode, string Log)> RunProcessAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Directory,
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
