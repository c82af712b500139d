using ChuyenHoa.DevelopmentStorage;

namespace ChuyenHoa.Host.Configuration;

/// <summary>The host's folders at the repository root, so that <c>dotnet run</c> from any folder uses the same data and infra folders.</summary>
public static class RepositoryPaths
{
    public static string? FindRoot() => RepositoryRoot.Find();

    public static string ResolveDataPath(ChuyenHoaOptions options) =>
        Path.GetFullPath(options.DataPath ?? Path.Combine(FindRoot() ?? Environment.CurrentDirectory, ".data"));

    public static string ResolveAzuriteDirectory(ChuyenHoaOptions options) =>
        Path.GetFullPath(options.Azurite.Directory
            ?? Path.Combine(FindRoot() ?? throw new InvalidOperationException(
                    $"Không tìm thấy thư mục gốc của mã nguồn ({RepositoryRoot.Marker}) để chạy Azurite đi kèm. Đặt ChuyenHoa:Azurite:Directory hoặc ChuyenHoa:Storage:ConnectionString."),
                "infra", "azurite"));
}
