using System.ComponentModel;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Reporting;

/// <summary>The commit a run measured, written with the figures: a result that cannot be traced to its code compares with nothing.</summary>
public static class SourceVersion
{
    public const string UncommittedChanges = "+uncommitted changes";

    /// <summary>The runner writes its national results here; rewriting them does not change what is measured.</summary>
    public const string ResultsFolder = "tests/ChuyenHoa.Benchmarks/results";

    /// <returns>
    /// The short hash of HEAD, followed by <see cref="UncommittedChanges"/> when a tracked file differs from it or an
    /// untracked file (which the build's globs would compile) is present, outside <see cref="ResultsFolder"/>;
    /// "unknown (…)" when <paramref name="repository"/> is not a git work tree.
    /// </returns>
    public static async Task<string> DescribeAsync(string repository)
    {
        try
        {
            var head = await GitAsync(repository, "rev-parse", "--short", "HEAD");
            if (head.ExitCode != 0)
            {
                return $"unknown ({head.Error.Trim()})";
            }

            var status = await GitAsync(repository, "status", "--porcelain", "--", ".", $":(exclude){ResultsFolder}");
            return status.ExitCode != 0 ? $"unknown ({status.Error.Trim()})"
                : status.Output.Trim().Length > 0 ? head.Output.Trim() + UncommittedChanges
                : head.Output.Trim();
        }
        catch (Win32Exception e)
        {
            return $"unknown (git: {e.Message})";
        }
    }

    private static Task<ProcessResult> GitAsync(string repository, params string[] arguments) =>
        ProcessRun.RunAsync("git", ["-C", repository, .. arguments], repository, TimeSpan.FromSeconds(30));
}
