using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.DevelopmentStorage;

/// <summary>
/// The Azurite a development host starts for its own data folder, and no other: it refuses ports that something else
/// holds (naming what, when it can tell) instead of talking to another host's store, stops an Azurite that a killed host
/// left running on this same folder (a SIGTERM, so that it writes its database first) and starts its own in its place.
/// The data folder remembers the running Azurite and its host in <c>azurite.pid</c>.
/// </summary>
public sealed class DevelopmentAzurite(AzuriteLaunch launch, ILogger<DevelopmentAzurite> logger) : IAsyncDisposable
{
    public const string PidFileName = "azurite.pid";

    private readonly string _location = Path.GetFullPath(launch.Location ?? throw new ArgumentException("A development Azurite keeps its data on disk.", nameof(launch)));
    private AzuriteProcess? _azurite;

    private string PidFile => Path.Combine(_location, PidFileName);

    /// <summary>Known before it starts, so that the storage clients can be made while the host is composed.</summary>
    public string ConnectionString { get; } = AzuriteProcess.ConnectionStringFor("http", launch.BlobPort, launch.QueuePort, launch.TablePort);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_location);
        await StopOrphanOfThisFolderAsync();
        foreach (var port in new[] { launch.BlobPort, launch.QueuePort, launch.TablePort })
        {
            if (!IsFree(port))
            {
                throw new DevelopmentStorageException(PortTaken(port, LocalProcess.ListeningOn(port)));
            }
        }

        try
        {
            _azurite = await AzuriteProcess.StartAsync(launch, logger, cancellationToken);
        }
        catch (PortTakenException e)
        {
            throw new DevelopmentStorageException(PortTaken(e.Port, e.Holder), e);
        }

        await File.WriteAllLinesAsync(PidFile, [_azurite.ProcessId.ToString(CultureInfo.InvariantCulture), Environment.ProcessId.ToString(CultureInfo.InvariantCulture)], cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is { } azurite)
        {
            _azurite = null;
            await azurite.DisposeAsync();
            File.Delete(PidFile);
        }
    }

    private string PortTaken(int port, LocalProcess? holder)
    {
        var who = holder switch
        {
            null => "một tiến trình khác (không xác định được tiến trình nào)",
            { AzuriteLocation: { } location } when location == _location =>
                $"Azurite {holder}, với chính thư mục dữ liệu này ({location}) nhưng không do host này khởi động; dừng nó rồi chạy lại",
            { AzuriteLocation: { } location } => $"Azurite {holder}, với dữ liệu ở {location}, của một host khác",
            { IsAzurite: true } => $"Azurite {holder}, dữ liệu trong bộ nhớ",
            _ => holder.ToString(),
        };
        return $"Cổng {port.ToString(CultureInfo.InvariantCulture)} đang bị chiếm bởi {who}. Host này chỉ dùng Azurite do chính nó khởi động cho thư mục dữ liệu {_location}: " +
            "dừng tiến trình đó, hoặc đặt ChuyenHoa:Azurite:BlobPort, QueuePort và TablePort khác, hoặc ChuyenHoa:Storage:ConnectionString để dùng một kho có sẵn.";
    }

    /// <summary>
    /// An Azurite of this folder is an orphan when its host is gone: the kernel has then given it another parent than the
    /// host recorded next to it. One whose host still runs means two hosts share a data folder, which is refused.
    /// </summary>
    /// <summary>How often Azurite saves its databases to the data folder (its LokiJS autosave interval).</summary>
    private static readonly TimeSpan AzuriteSaveInterval = TimeSpan.FromSeconds(5);

    private async Task StopOrphanOfThisFolderAsync()
    {
        if (!File.Exists(PidFile))
        {
            return;
        }

        var recorded = (await File.ReadAllLinesAsync(PidFile)).Select(line => int.TryParse(line, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).ToArray();
        if (recorded is [{ } azuriteId, ..] && LocalProcess.Find(azuriteId) is { IsAzurite: true } azurite && azurite.AzuriteLocation == _location)
        {
            if (recorded is [_, { } hostId, ..] && azurite.ParentId == hostId)
            {
                throw new DevelopmentStorageException(
                    $"Thư mục dữ liệu {_location} đang được Azurite {azurite} của một host khác đang chạy (tiến trình {hostId.ToString(CultureInfo.InvariantCulture)}) dùng. " +
                    "Mỗi host cần thư mục dữ liệu riêng (ChuyenHoa:DataPath) và cổng Azurite riêng (ChuyenHoa:Azurite:BlobPort, QueuePort, TablePort).");
            }

            logger.LogWarning("Stopping the Azurite that a killed host left running on this data folder: {Azurite}", azurite);
            // An orphan's output pipe has lost its reader: on SIGTERM Azurite logs that it is closing, dies of EPIPE and
            // saves nothing. Its timer saves every 5 s, and nobody writes to an orphan, so after one interval all is on disk.
            await Task.Delay(AzuriteSaveInterval + TimeSpan.FromSeconds(1));
            using var orphan = System.Diagnostics.Process.GetProcessById(azuriteId);
            await PosixSignal.StopAsync(orphan);
        }

        File.Delete(PidFile);
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>The development storage cannot start; the message says why and what to do.</summary>
public sealed class DevelopmentStorageException(string message, Exception? inner = null) : Exception(message, inner);
