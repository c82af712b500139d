using ChuyenHoa.Testing;
using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests;

/// <summary>
/// Runs the scripts of tests/browser (Playwright driving Debian's Chromium) with node, installing Chromium and
/// playwright-core first when needed. Screenshots land in tests/browser/output/.
/// </summary>
public static class BrowserScripts
{
    public static readonly string Directory = Path.Combine(WebAppFolders.RepositoryRoot, "tests", "browser");

    public static string OutputDirectory => Path.Combine(Directory, "output");

    /// <summary>Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> and fails the test, with its log, unless it exits 0.</summary>
    public static async Task RunAsync(ITestOutputHelper output, string script, params string[] arguments)
    {
        await Chromium.EnsureInstalledAsync(output);
        await EnsurePlaywrightInstalledAsync(output);
        var run = await ProcessRun.RunAsync("node", [Path.Combine(Directory, script), .. arguments], Directory, TimeSpan.FromMinutes(4));
        output.WriteLine(run.Log);
        Assert.True(run.ExitCode == 0, run.Log);
    }

    private static async Task EnsurePlaywrightInstalledAsync(ITestOutputHelper output)
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "playwright-core")))
        {
            return;
        }

        var run = await ProcessRun.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], Directory, TimeSpan.FromMinutes(5));
        output.WriteLine(run.Log);
        Assert.True(run.ExitCode == 0, $"npm ci in {Directory} failed: {run.Log}");
    }
}
