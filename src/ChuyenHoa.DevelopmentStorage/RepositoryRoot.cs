namespace ChuyenHoa.DevelopmentStorage;

/// <summary>
/// Finds the repository root (the folder with <see cref="Marker"/>), where the development tools and data live
/// (<c>infra/azurite</c>, <c>.data</c>), from the working folder or the program's, so that any folder runs the same.
/// </summary>
public static class RepositoryRoot
{
    public const string Marker = "ChuyenHoa.sln";

    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
