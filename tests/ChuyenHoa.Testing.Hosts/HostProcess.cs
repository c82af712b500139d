using System.Diagnostics;
using System.Globalization;
using ChuyenHoa.DevelopmentStorage;

namespace ChuyenHoa.Testing;

/// <summary>
/// The built host (<c>ChuyenHoa.Host.dll</c>, copied next to the tests) run as a process of its own, configured through
/// environment variables, with its output in a log file; a test may kill it as a crash would (SIGKILL).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly LogFile _log;

    private HostProcess(Process process, LogFile log, Uri baseAddress, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The host's process id, for a test that kills the host alone and leaves its children running.</summary>
    public int Id => _process.Id;

    /// <param name="settings">Configuration keys (<c>ChuyenHoa:Cluster:SiloPort</c>, ...), passed as environment variables.</param>
    public static HostProcess Start(IReadOnlyDictionary<string, string?> settings, string logPath, string environment = "Development")
    {
        var port = FreePorts.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChuyenHoa.Host.dll"), "--urls", baseAddress.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            // A test's host lives for seconds, so profile-guided optimisation would only cost it CPU (as in the test processes).
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = environment, ["DOTNET_NOLOGO"] = "1", ["DOTNET_TieredPGO"] = "0" },
        };
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var log = new LogFile(logPath);
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => log.Write(line.Data);
        process.ErrorDataReceived += (_, line) => log.Write(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, log, baseAddress, logPath);
    }

    /// <summary>The last lines the process wrote, to say why it never answered.</summary>
    public IReadOnlyList<string> LastLines(int count)
    {
        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines[Math.Max(0, lines.Length - count)..];
    }

    /// <summary>Ends the process at once, without a chance to leave the cluster: a crash, a power cut.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Asks the process to stop (SIGTERM), as Kubernetes does before a pod goes away.</summary>
    public void Terminate() => PosixSignal.Terminate(_process.Id);

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public int ExitCode => _process.ExitCode;

    public async Task<bool> IsReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _log.Close();
    }

    /// <summary>The process's output; lines that arrive after the test has closed it are dropped.</summary>
    private sealed class LogFile(string path)
    {
        private readonly StreamWriter _writer = new(path) { AutoFlush = true };
        private bool _closed;

        public void Write(string? line)
        {
            lock (_writer)
            {
                if (line is not null && !_closed)
                {
                    _writer.WriteLine(line);
                }
            }
        }

        public void Close()
        {
            lock (_writer)
            {
                _closed = true;
                _writer.Dispose();
            }
        }
    }
}
