using ChuyenHoa.Testing;
using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests;

/// <summary>
/// Each web app's own JS unit tests (vitest, <c>npm test</c> in its folder), run by the solution's test command; a failure
/// shows vitest's report. The packages are installed by the build of ChuyenHoa.WebApps.
/// </summary>
public sealed class UnitTestsOfTheWebApps(ITestOutputHelper output)
{
    [Fact]
    public Task The_dashboards_own_tests_of_its_formats_document_hashes_sign_in_and_chart_data_pass() => NpmTestAsync("dashboard");

    [Fact]
    public Task The_GraphQL_IDEs_own_tests_of_its_token_field_and_endpoint_pass() => NpmTestAsync("graphiql");

    private async Task NpmTestAsync(string app)
    {
        var run = await ProcessRun.RunAsync("npm", ["test", "--silent", "--", "--no-color"], WebAppFolders.App(app), TimeSpan.FromMinutes(3));
        output.WriteLine(run.Log);
        Assert.True(run.ExitCode == 0, $"npm test in web/{app} exited with {run.ExitCode}:\n{run.Log}");
    }
}
