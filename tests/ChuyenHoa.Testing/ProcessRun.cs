using System.Diagnostics;

namespace ChuyenHoa.Testing;

/// <summary>What a finished command printed; <see cref="ExitCode"/> is -1 when it was stopped for running too long.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public string Log => Output + Error;
}

/// <summary>Runs a command (node, npm, bicep) to its end, with its output captured and a time limit.</summary>
public static class ProcessRun
{
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ProcessResult(-1, await stdout, $"{fileName} still running after {timeout.TotalSeconds:0} s\n{await stderr}");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
