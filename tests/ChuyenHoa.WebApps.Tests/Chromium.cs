using ChuyenHoa.Testing;
using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests;

/// <summary>
/// Debian's Chromium, which the browser tests drive (Playwright cannot download a browser here). When it is missing the
/// first browser test of the run installs it with apt-get, as root or through sudo without a password; otherwise every
/// browser test fails saying the command to run.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's package puts it; the scripts of tests/browser launch this path too.</summary>
    public const string Path = "/usr/bin/chromium";

    private const string InstallCommand = "apt-get install -y -q chromium";

    // One installation per test run, whichever browser test comes first; the others await the same one. Another test
    // process installing at the same time waits on apt's own lock.
    private static readonly Lazy<Task<string>> Installation = new(InstallAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes sure <see cref="Path"/> exists, installing it when it can; fails the test with the way out when it cannot.</summary>
    public static async Task EnsureInstalledAsync(ITestOutputHelper output)
    {
        if (File.Exists(Path))
        {
            return;
        }

        var log = await Installation.Value;
        output.WriteLine(log);
        Assert.True(File.Exists(Path), $"{Path} is missing and was not installed. {log}");
    }

    /// <summary>What apt-get printed, or why nothing was tried and what a person should run instead.</summary>
    private static async Task<string> InstallAsync()
    {
        if (!File.Exists("/usr/bin/apt-get"))
        {
            return $"This machine has no apt-get: install Chromium so that {Path} runs it, then run the tests again.";
        }

        var elevate = await ElevationAsync();
        if (elevate is null)
        {
            return $"This user can neither install packages (not root) nor use sudo without a password: run `sudo {InstallCommand}`, then run the tests again.";
        }

        string[] install = [.. elevate, "env", "DEBIAN_FRONTEND=noninteractive", .. InstallCommand.Split(' ')];
        var first = await RunAsync(install[0], install[1..]);
        if (first.ExitCode == 0)
        {
            return first.Log;
        }

        // A fresh machine may have no package lists yet.
        string[] update = [.. elevate, "apt-get", "update", "-q"];
        var lists = await RunAsync(update[0], update[1..]);
        var second = await RunAsync(install[0], install[1..]);
        return second.ExitCode == 0 ? second.Log
            : $"Installing it failed: run `{InstallCommand}` as root, then run the tests again.\n{first.Log}\n{lists.Log}\n{second.Log}";
    }

    /// <summary>What runs apt-get as root: nothing for root, sudo without a password for another user; null when neither can.</summary>
    private static async Task<string[]?> ElevationAsync()
    {
        if ((await RunAsync("id", ["-u"])).Output.Trim() == "0")
        {
            return [];
        }

        return File.Exists("/usr/bin/sudo") && (await RunAsync("sudo", ["-n", "true"])).ExitCode == 0 ? ["sudo", "-n"] : null;
    }

    private static Task<ProcessResult> RunAsync(string fileName, string[] arguments) =>
        ProcessRun.RunAsync(fileName, arguments, Environment.CurrentDirectory, TimeSpan.FromMinutes(10));
}
