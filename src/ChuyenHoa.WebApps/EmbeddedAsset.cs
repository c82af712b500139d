using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ChuyenHoa.WebApps;

/// <summary>One file of a static site embedded in an assembly, held in memory with what a response needs.</summary>
internal sealed class EmbeddedAsset
{
    // The framework's table still says application/x-font-ttf; font/ttf is the registered type (RFC 8081).
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".ttf"] = "font/ttf" } };
    private readonly Lazy<byte[]?> _gzip;

    private EmbeddedAsset(string path, byte[] content)
    {
        Path = path;
        Content = content;
        ContentType = ContentTypeOf(path);
        // Weak: the gzipped and the plain bytes are one resource with one tag.
        ETag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"", isWeak: true);
        _gzip = new Lazy<byte[]?>(() => Compress(content));
    }

    /// <summary>Path below the site's root, with forward slashes: <c>index.html</c>, <c>assets/index-3fA9.js</c>.</summary>
    public string Path { get; }

    public byte[] Content { get; }

    public string ContentType { get; }

    public EntityTagHeaderValue ETag { get; }

    /// <summary>
    /// The content gzipped, or null when that does not make it smaller. Compressed on first use: the editor's
    /// scripts shrink about fourfold, which matters to a commune office on a slow line.
    /// </summary>
    public byte[]? Gzip => _gzip.Value;

    /// <summary>The resources whose names start with <paramref name="prefix"/>, keyed by the rest of the name.</summary>
    public static IReadOnlyDictionary<string, EmbeddedAsset> LoadAll(Assembly assembly, string prefix)
    {
        var assets = new Dictionary<string, EmbeddedAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild names a file in a subfolder with the platform's separator (graphiql/assets\x.js on Windows).
            var normalized = name.Replace('\\', '/');
            if (!normalized.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var path = normalized[prefix.Length..];
            assets[path] = new EmbeddedAsset(path, buffer.ToArray());
        }

        return assets;
    }

    private static string ContentTypeOf(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type == "application/json" ? type + "; charset=utf-8" : type;
    }

    private static byte[]? Compress(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.Length < content.Length * 9L / 10 ? buffer.ToArray() : null;
    }
}
