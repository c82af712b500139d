using System.Globalization;

namespace ChuyenHoa.DevelopmentStorage;

/// <summary>
/// A process on this machine as Linux's <c>/proc</c> shows it: enough to say who holds a port or a data folder.
/// Elsewhere, or for another user's process, nothing is known and the lookups answer null.
/// </summary>
public sealed record LocalProcess(int Id, int ParentId, IReadOnlyList<string> CommandLine)
{
    private const string ListenState = "0A";

    public bool IsAzurite => CommandLine.Any(argument => argument.Contains("azurite", StringComparison.OrdinalIgnoreCase));

    /// <summary>The data folder an Azurite was started with (<c>--location</c>), or null (in memory, or not Azurite).</summary>
    public string? AzuriteLocation => CommandLine.SkipWhile(argument => argument != "--location").Skip(1).FirstOrDefault() is { } location
        ? Path.GetFullPath(location)
        : null;

    /// <summary>For messages: the id and the command line, shortened.</summary>
    public override string ToString()
    {
        var command = string.Join(' ', CommandLine);
        return $"tiến trình {Id.ToString(CultureInfo.InvariantCulture)} ({(command.Length > 160 ? command[..160] + "…" : command)})";
    }

    public static LocalProcess? Find(int id)
    {
        try
        {
            var arguments = File.ReadAllText($"/proc/{id.ToString(CultureInfo.InvariantCulture)}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            // The fields after the command name, which is in parentheses and may itself hold spaces: state, then the parent's id.
            var stat = File.ReadAllText($"/proc/{id.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return arguments.Length == 0 ? null : new LocalProcess(id, int.Parse(fields[1], CultureInfo.InvariantCulture), arguments);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The process that listens on this TCP port (any local address, IPv4 or IPv6), when it can be told.</summary>
    public static LocalProcess? ListeningOn(int port)
    {
        var sockets = ListeningSocketInodes(port);
        if (sockets.Count == 0)
        {
            return null;
        }

        foreach (var process in SafeEnumerate("/proc", "*"))
        {
            if (!int.TryParse(Path.GetFileName(process), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            foreach (var descriptor in SafeEnumerate(Path.Combine(process, "fd"), "*"))
            {
                if (SafeLinkTarget(descriptor) is { } target && target.StartsWith("socket:[", StringComparison.Ordinal) && sockets.Contains(target[8..^1]))
                {
                    return Find(id);
                }
            }
        }

        return null;
    }

    private static HashSet<string> ListeningSocketInodes(int port)
    {
        var inodes = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(table);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            // "sl local_address rem_address st ... inode": the address ends with the port in hexadecimal.
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 9 && fields[3] == ListenState
                    && int.Parse(fields[1][(fields[1].LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    inodes.Add(fields[9]);
                }
            }
        }

        return inodes;
    }

    private static IEnumerable<string> SafeEnumerate(string directory, string pattern)
    {
        try
        {
            return Directory.GetFileSystemEntries(directory, pattern);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? SafeLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
