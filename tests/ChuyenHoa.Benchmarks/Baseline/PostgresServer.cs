using System.Globalization;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Baseline;

/// <summary>
/// A PostgreSQL server of the runner's own: a cluster made by <c>initdb</c> in a temporary folder, started by
/// <c>pg_ctl</c> on a free loopback port, stopped and deleted by <see cref="DisposeAsync"/>. As root (PostgreSQL refuses
/// to run as root) the commands run as the <c>postgres</c> user, which owns the folder.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Database = "postgres";
    public const string User = "bench";

    /// <summary>Where the runner looks for <c>initdb</c> and <c>pg_ctl</c> unless told otherwise: Debian's package puts them here.</summary>
    public const string DebianBinaries = "/usr/lib/postgresql/15/bin";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private static readonly bool AsPostgresUser = Environment.UserName == "root";

    private readonly string _binaries;

    private PostgresServer(string binaries, string folder) => (_binaries, Folder) = (binaries, folder);

    /// <summary>The temporary folder holding the cluster, its socket and its log; gone after <see cref="DisposeAsync"/>.</summary>
    public string Folder { get; }

    public int Port { get; } = FreePorts.Next();

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={User};Database={Database};Pooling=true;Maximum Pool Size={RunSize.Connections * 2};No Reset On Close=true";

    /// <summary>The folder of <c>initdb</c> and <c>pg_ctl</c>: <paramref name="configured"/> if given, else Debian's, else the first on PATH; null when none has both.</summary>
    public static string? FindBinaries(string? configured = null)
    {
        IEnumerable<string> candidates = configured is not null
            ? [configured]
            : [DebianBinaries, .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>The line the runner prints instead of the PostgreSQL rows when the binaries are missing.</summary>
    public static string MissingLine(string? configured) =>
        $"PostgreSQL baseline skipped: initdb and pg_ctl not found in {configured ?? $"{DebianBinaries} or on PATH"} (Debian: apt-get install postgresql).";

    /// <param name="binaries">A folder from <see cref="FindBinaries"/>.</param>
    public static async Task<PostgresServer> StartAsync(string binaries)
    {
        var folder = Directory.CreateTempSubdirectory("chuyenhoa-pg-").FullName;
        var server = new PostgresServer(binaries, folder);
        try
        {
            if (AsPostgresUser)
            {
                await server.RunAsync("chown", "postgres:", folder);
            }

            await server.RunAsync(Path.Combine(binaries, "initdb"), "-D", server.DataFolder, "-U", User, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");
            // Azurite, on the other side, keeps everything in memory: the baseline does not wait for the disk either.
            var options = $"-p {server.Port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100";
            await server.RunAsync(Path.Combine(binaries, "pg_ctl"), "-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options, "start");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private string DataFolder => Path.Combine(Folder, "data");

    /// <summary>Stops the server (fast: open sessions are ended) and deletes the folder; safe after a failed start.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_binaries, "pg_ctl"), "-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");
            }
        }
        finally
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private async Task RunAsync(string command, params string[] arguments)
    {
        var run = AsPostgresUser && command != "chown"
            ? await ProcessRun.RunAsync("runuser", ["-u", "postgres", "--", command, .. arguments], Folder, CommandTimeout)
            : await ProcessRun.RunAsync(command, arguments, Folder, CommandTimeout);
        if (run.ExitCode != 0)
        {
            var log = Path.Combine(Folder, "server.log");
            throw new InvalidOperationException(
                $"{Path.GetFileName(command)} failed ({run.ExitCode}): {run.Log.Trim()}{(File.Exists(log) ? $" | server.log: {File.ReadAllText(log).Trim()}" : "")}");
        }
    }
}
