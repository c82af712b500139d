using ChuyenHoa.Benchmarks.Baseline;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Testing;
using Npgsql;

namespace ChuyenHoa.Benchmarks.Tests;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Started_by_the_runner_it_answers_and_stopped_it_leaves_no_process_and_no_folder()
    {
        var server = await PostgresServer.StartAsync(RequiredBinaries());
        string folder;
        int postmaster;
        try
        {
            folder = server.Folder;
            // The first line of postmaster.pid is the server's process id.
            postmaster = int.Parse(File.ReadLines(Path.Combine(folder, "data", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            await using var data = NpgsqlDataSource.Create(server.ConnectionString);
            await using var command = data.CreateCommand("SELECT 1 + 1");
            Assert.Equal(2, await command.ExecuteScalarAsync());
            Assert.True(Directory.Exists($"/proc/{postmaster}"), "the server's process should be running while the server is in use");
        }
        finally
        {
            await server.DisposeAsync();
        }

        Assert.False(Directory.Exists(folder), $"{folder} is left behind");
        // pg_ctl returns once the server has removed its pid file; the process itself may take a moment more to end.
        await Eventually.HoldsAsync(() => Task.FromResult(!Directory.Exists($"/proc/{postmaster}")), TimeSpan.FromSeconds(30), $"the server's process {postmaster} has ended");
        // Nor any of its children (checkpointer, writers, sessions), nor anything still started from the folder.
        Assert.DoesNotContain(Directory.EnumerateDirectories("/proc").Where(p => int.TryParse(Path.GetFileName(p), out _)), process =>
            ParentOf(process) == postmaster || SafeRead(Path.Combine(process, "cmdline")).Contains(folder, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pointed_at_a_folder_without_postgresql_the_runner_says_it_skips_the_baseline_and_starts_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-postgresql-{Guid.NewGuid():N}");
        using var log = new StringWriter();

        var report = await BenchmarkRunner.RunAsync([DatasetShape.Smoke], RunSize.Smoke, "smoke", new HashSet<int> { 8 }, log, missing);

        Assert.Null(PostgresServer.FindBinaries(missing));
        Assert.Contains($"PostgreSQL baseline skipped: initdb and pg_ctl not found in {missing}", log.ToString());
        var row = Assert.Single(report.Scenarios);
        Assert.Equal((8, 0), (row.Number, row.Failures));
        Assert.StartsWith("SKIPPED: PostgreSQL baseline skipped", row.Verdict);
        // No dataset was loaded: with nothing else chosen, no storage or host was started for it.
        Assert.Equal("", report.Dataset);
    }

    /// <summary>The machine's PostgreSQL (Debian's package: the CI image has it); the tests need it.</summary>
    internal static string RequiredBinaries() =>
        PostgresServer.FindBinaries() ?? throw new InvalidOperationException(PostgresServer.MissingLine(null));

    /// <summary>The parent process id in /proc/&lt;pid&gt;/stat (the field after the closing parenthesis of the name and the state); -1 when gone.</summary>
    private static int ParentOf(string process)
    {
        var stat = SafeRead(Path.Combine(process, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], out var parent) ? parent : -1;
    }

    // A process may end between listing /proc and reading it.
    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
