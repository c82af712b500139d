using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChuyenHoa.DevelopmentStorage;

/// <summary>SIGTERM, the polite stop that Kubernetes and process supervisors send; .NET can only send SIGKILL.</summary>
public static class PosixSignal
{
    private const int SigTerm = 15;

    /// <summary>Asks the process to stop; false when no such process exists any more.</summary>
    public static bool Terminate(int processId) => Kill(processId, SigTerm) == 0;

    /// <summary>SIGTERM, then SIGKILL to the whole tree when the process is still there after <paramref name="grace"/> (15 s by default).</summary>
    public static async Task StopAsync(Process process, TimeSpan? grace = null)
    {
        if (process.HasExited)
        {
            return;
        }

        _ = Terminate(process.Id);
        using var timeout = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
