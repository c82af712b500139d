using System.Runtime.InteropServices;

namespace ChuyenHoa.Host.Hosting;

/// <summary>SIGTERM, the polite stop that Kubernetes and process supervisors send; .NET can only send SIGKILL.</summary>
public static class PosixSignal
{
    private const int SigTerm = 15;

    /// <summary>Asks the process to stop; false when no such process exists any more.</summary>
    public static bool Terminate(int processId) => Kill(processId, SigTerm) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
