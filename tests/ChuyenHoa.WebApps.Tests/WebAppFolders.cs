using ChuyenHoa.Host.Configuration;

namespace ChuyenHoa.WebApps.Tests;

/// <summary>The repository's folders the tests of the web apps run things in.</summary>
public static class WebAppFolders
{
    public static readonly string RepositoryRoot = RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository.");

    /// <summary>An app's npm project: <c>web/dashboard</c>, <c>web/graphiql</c>.</summary>
    public static string App(string name) => Path.Combine(RepositoryRoot, "web", name);
}
