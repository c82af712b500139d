namespace ChuyenHoa.Host.Configuration;

/// <summary>Finds the repository root, so that <c>dotnet run</c> from any folder uses the same data and infra folders.</summary>
public static class RepositoryPaths
{
    private const string Marker = "ChuyenHoa.sln";

    public static string? FindRoot()
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

    public static string ResolveDataPath(ChuyenHoaOptions options) =>
        Path.GetFullPath(options.DataPath ?? Path.Combine(FindRoot() ?? Environment.CurrentDirectory, ".data"));

    public static string ResolveAzuriteDirectory(ChuyenHoaOptions options) =>
        Path.GetFullPath(options.Azurite.Directory
            ?? Path.Combine(FindRoot() ?? throw new InvalidOperationException(
                    $"Không tìm thấy thư mục gốc của mã nguồn ({Marker}) để chạy Azurite đi kèm. Đặt ChuyenHoa:Azurite:Directory hoặc ChuyenHoa:Storage:ConnectionString."),
                "infra", "azurite"));
}
