using System.Runtime.InteropServices;

namespace ChuyenHoa.Benchmarks.Reporting;

/// <summary>The machine a run measured, written with the figures: they mean little without it.</summary>
public sealed record MachineDescription(string CpuModel, int LogicalCores, double MemoryGiB, string OperatingSystem, string Runtime, string Configuration)
{
    public static MachineDescription Current()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new MachineDescription(
            cpu ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Environment.ProcessorCount,
            Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
#if DEBUG
            "Debug"
#else
            "Release"
#endif
        );
    }

    public override string ToString() =>
        $"{CpuModel}, {LogicalCores} logical cores, {MemoryGiB} GiB, {OperatingSystem}, {Runtime}, {Configuration} build";
}
