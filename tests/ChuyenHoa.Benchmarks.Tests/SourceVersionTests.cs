using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Tests;

public sealed class SourceVersionTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("chuyenhoa-commit-").FullName;

    [Fact]
    public async Task A_clean_work_tree_is_its_short_hash_and_a_changed_or_added_file_marks_uncommitted_changes_but_new_results_do_not()
    {
        await GitAsync("init", "--quiet");
        await File.WriteAllTextAsync(Path.Combine(_repository, "code.cs"), "class A;");
        await GitAsync("add", ".");
        await GitAsync("-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "--quiet", "-m", "code");
        var head = (await GitAsync("rev-parse", "--short", "HEAD")).Output.Trim();

        var clean = await SourceVersion.DescribeAsync(_repository);
        Directory.CreateDirectory(Path.Combine(_repository, SourceVersion.ResultsFolder));
        await File.WriteAllTextAsync(Path.Combine(_repository, SourceVersion.ResultsFolder, ResultsReport.MarkdownFile), "# results");
        var withResults = await SourceVersion.DescribeAsync(_repository);
        await File.WriteAllTextAsync(Path.Combine(_repository, "added.cs"), "class B;");
        var withAddedFile = await SourceVersion.DescribeAsync(_repository);
        File.Delete(Path.Combine(_repository, "added.cs"));
        await File.WriteAllTextAsync(Path.Combine(_repository, "code.cs"), "class C;");
        var withChangedFile = await SourceVersion.DescribeAsync(_repository);

        Assert.Matches("^[0-9a-f]{7,40}$", head);
        Assert.Equal(head, clean);
        Assert.Equal(head, withResults);
        Assert.Equal(head + SourceVersion.UncommittedChanges, withAddedFile);
        Assert.Equal(head + SourceVersion.UncommittedChanges, withChangedFile);
    }

    [Fact]
    public async Task A_folder_outside_git_is_unknown()
    {
        Assert.StartsWith("unknown (", await SourceVersion.DescribeAsync(_repository));
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    private async Task<ProcessResult> GitAsync(params string[] arguments)
    {
        var run = await ProcessRun.RunAsync("git", arguments, _repository, TimeSpan.FromSeconds(30));
        Assert.True(run.ExitCode == 0, run.Log);
        return run;
    }
}
