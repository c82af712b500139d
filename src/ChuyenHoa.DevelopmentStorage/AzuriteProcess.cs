using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.DevelopmentStorage;

/// <summary>How to start an Azurite process: where its package is, where it keeps data, which ports it takes.</summary>
/// <param name="PackageDirectory">The folder with Azurite's package.json and lock file (infra/azurite).</param>
/// <param name="Location">The data folder; null keeps everything in memory (tests).</param>
/// <param name="BlobPort">0 picks a free port; likewise the others.</param>
/// <param name="Tls">Serve HTTPS with this certificate and accept Entra bearer tokens (Azurite's basic OAuth: issuer and audience checked, signature not).</param>
public sealed record AzuriteLaunch(string PackageDirectory, string? Location, int BlobPort = 0, int QueuePort = 0, int TablePort = 0, AzuriteTls? Tls = null);

/// <summary>A certificate and its private key, both PEM files.</summary>
public sealed record AzuriteTls(string CertificatePath, string KeyPath);

/// <summary>
/// A real Azurite storage emulator run as a child process: installed from the pinned lock file when
/// missing, started on loopback, waited for until it (and not another process) listens, and stopped with its owner.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // The well-known development account key that Azurite accepts; it is public and protects nothing.
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly Process _process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort, string scheme)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        Scheme = scheme;
    }

    /// <summary><c>http</c>, or <c>https</c> when started with a certificate.</summary>
    public string Scheme { get; }

    public Uri TableServiceUri => new($"{Scheme}://127.0.0.1:{TablePort}/devstoreaccount1");

    public Uri BlobServiceUri => new($"{Scheme}://127.0.0.1:{BlobPort}/devstoreaccount1");

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString => ConnectionStringFor(Scheme, BlobPort, QueuePort, TablePort);

    /// <summary>The connection string of an Azurite on these loopback ports, known before it runs.</summary>
    public static string ConnectionStringFor(string scheme, int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol={scheme};AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint={scheme}://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint={scheme}://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint={scheme}://127.0.0.1:{tablePort}/devstoreaccount1;";

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public static async Task<AzuriteProcess> StartAsync(AzuriteLaunch launch, ILogger logger, CancellationToken cancellationToken = default)
    {
        var entryPoint = await EnsureInstalledAsync(launch.PackageDirectory, logger, cancellationToken);
        var (blob, queue, table) = PortsOrFree(launch);

        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = launch.PackageDirectory,
        };
        startInfo.ArgumentList.Add(entryPoint);
        foreach (var (name, port) in new[] { ("blob", blob), ("queue", queue), ("table", table) })
        {
            startInfo.ArgumentList.Add($"--{name}Host");
            startInfo.ArgumentList.Add("127.0.0.1");
            startInfo.ArgumentList.Add($"--{name}Port");
            startInfo.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        startInfo.ArgumentList.Add("--skipApiVersionCheck");
        startInfo.ArgumentList.Add("--disableTelemetry");
        startInfo.ArgumentList.Add("--silent");
        if (launch.Tls is { } tls)
        {
            foreach (var argument in new[] { "--oauth", "basic", "--cert", tls.CertificatePath, "--key", tls.KeyPath })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }
        if (launch.Location is { } location)
        {
            Directory.CreateDirectory(location);
            startInfo.ArgumentList.Add("--location");
            startInfo.ArgumentList.Add(location);
        }
        else
        {
            startInfo.ArgumentList.Add("--inMemoryPersistence");
        }

        var output = new BoundedLog();
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, blob, queue, table, launch.Tls is null ? "http" : "https");
        try
        {
            await azurite.WaitUntilListeningAsync(output, TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        logger.LogInformation("Azurite started (pid {Pid}) on blob {BlobPort}, queue {QueuePort}, table {TablePort}, data {Location}",
            process.Id, blob, queue, table, launch.Location ?? "in memory");
        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        // SIGTERM first: Azurite flushes its on-disk database on a signal, and a plain kill loses the last writes.
        await PosixSignal.StopAsync(_process);
        _process.Dispose();
    }

    private static async Task<string> EnsureInstalledAsync(string packageDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var entryPoint = Path.Combine(packageDirectory, "node_modules", "azurite", "dist", "src", "azurite.js");
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(entryPoint))
            {
                return entryPoint;
            }

            if (!File.Exists(Path.Combine(packageDirectory, "package-lock.json")))
            {
                throw new FileNotFoundException($"Không thấy package-lock.json của Azurite trong {packageDirectory}.");
            }

            logger.LogInformation("Installing Azurite with npm ci in {Directory}", packageDirectory);
            // A file lock too, since test assemblies run in separate processes that may install at once.
            using var crossProcessLock = await AcquireFileLockAsync(Path.Combine(packageDirectory, ".install.lock"), cancellationToken);
            if (!File.Exists(entryPoint))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], packageDirectory, cancellationToken);
            }

            return File.Exists(entryPoint) ? entryPoint : throw new FileNotFoundException($"npm ci xong nhưng không thấy {entryPoint}.");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    private static async Task RunAsync(string fileName, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Cài Azurite thất bại: {fileName} {string.Join(' ', arguments)} thoát với mã {process.ExitCode}.\n{await stdout}\n{await stderr}");
        }
    }

    private async Task WaitUntilListeningAsync(BoundedLog output, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await AcceptsConnectionsAsync(port, cancellationToken))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"Azurite dừng ngay khi khởi động (mã {_process.ExitCode}). Có thể cổng {port} đang bận.\n{output}");
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Azurite không mở cổng {port} sau {timeout.TotalSeconds:0} giây.\n{output}");
                }

                await Task.Delay(100, cancellationToken);
            }

            // Another process may have held the port all along (our Azurite then fails to bind it): never talk to its store.
            if (LocalProcess.ListeningOn(port) is { } holder && holder.Id != _process.Id)
            {
                throw new PortTakenException(port, holder);
            }
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// The ports asked for, a free one for each left at 0. Every probe listens until all three are chosen: a probe closed at
    /// once lets the system hand the same port out again, and two services on one port stop Azurite at start.
    /// </summary>
    private static (int Blob, int Queue, int Table) PortsOrFree(AzuriteLaunch launch)
    {
        var probes = new List<TcpListener>();
        try
        {
            int PortOrFree(int port)
            {
                if (port != 0)
                {
                    return port;
                }

                var probe = new TcpListener(IPAddress.Loopback, 0);
                probes.Add(probe);
                probe.Start();
                return ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            return (PortOrFree(launch.BlobPort), PortOrFree(launch.QueuePort), PortOrFree(launch.TablePort));
        }
        finally
        {
            foreach (var probe in probes)
            {
                probe.Dispose();
            }
        }
    }

    /// <summary>The last lines Azurite printed, for error messages.</summary>
    private sealed class BoundedLog
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > 40)
                {
                    _lines.Dequeue();
                }
            }
        }

        public override string ToString()
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }
}

/// <summary>Another process listens on a port Azurite was to take; <see cref="Holder"/> is null when it cannot be told which.</summary>
public sealed class PortTakenException(int port, LocalProcess? holder)
    : Exception($"Port {port} is held by {holder?.ToString() ?? "another process"}.")
{
    public int Port { get; } = port;

    public LocalProcess? Holder { get; } = holder;
}
