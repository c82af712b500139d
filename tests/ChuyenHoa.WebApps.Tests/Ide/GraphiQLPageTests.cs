using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace ChuyenHoa.WebApps.Tests.Ide;

[Collection(WebAppsHostCollection.Name)]
public sealed partial class GraphiQLPageTests(WebAppsHostFixture fixture)
{
    // Hosts that appear in the bundle only as text: links in help and error messages, XML namespaces and
    // JSON Schema identifiers. Nothing is loaded from them (the page's CSP would refuse it); a new host here needs a look.
    private static readonly HashSet<string> HostsNamedButNeverLoaded =
    [
        "www.w3.org", "json-schema.org", "github.com", "code.visualstudio.com", "react.dev", "prettier.io",
        "en.wikipedia.org", "commonmark.org", "microsoft.com",
    ];

    [Fact]
    public async Task The_page_loads_without_sign_in_and_every_file_it_can_load_is_served_with_its_content_type()
    {
        using var http = fixture.Client();

        var page = await http.GetAsync("/graphql/ui/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", page.Content.Headers.ContentType?.CharSet);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Công cụ GraphQL", html);

        var files = await LoadEveryFileAsync(http, html);
        Assert.Contains(files, f => f.Path.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.Contains(".worker-", StringComparison.Ordinal));
        Assert.Equal(files.Select(f => (f.Path, (string?)ExpectedMediaType(f.Path))), files.Select(f => (f.Path, f.MediaType)));
    }

    [Fact]
    public async Task Nothing_the_page_loads_comes_from_another_origin()
    {
        using var http = fixture.Client();
        var html = await http.GetStringAsync("/graphql/ui/");
        var files = await LoadEveryFileAsync(http, html);

        Assert.All(HtmlReference().Matches(html), m => Assert.StartsWith("./", m.Groups["url"].Value, StringComparison.Ordinal));
        // Scripts and styles; a font's metadata names its maker's site, which is nothing the browser loads.
        foreach (var file in files.Where(f => f.MediaType is "text/javascript" or "text/css"))
        {
            Assert.All(CssReference().Matches(file.Text), m => Assert.DoesNotMatch("^(https?:)?//", m.Groups["url"].Value));
            var load = ScriptLoadOfAbsoluteUrl().Match(file.Text);
            Assert.False(load.Success, $"{file.Path} loads from another origin: {load.Value}");
            var hosts = AbsoluteUrl().Matches(file.Text).Select(m => m.Groups["host"].Value.ToLowerInvariant()).Distinct();
            Assert.All(hosts, host => Assert.True(HostsNamedButNeverLoaded.Contains(host), $"{file.Path} names {host}"));
        }
    }

    [Fact]
    public async Task The_bare_path_redirects_into_the_folder_and_unknown_files_are_not_found()
    {
        using var http = fixture.Client(new HttpClientHandler { AllowAutoRedirect = false });

        var bare = await http.GetAsync("/graphql/ui?tab=1");
        var unknown = await http.GetAsync("/graphql/ui/assets/missing-00000000.js");

        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/graphql/ui/?tab=1", bare.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Hashed_files_are_cached_for_good_the_page_is_revalidated_and_text_is_gzipped()
    {
        using var http = fixture.Client(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var page = await http.GetAsync("/graphql/ui/");
        var script = "/graphql/ui/" + ScriptOf(await page.Content.ReadAsStringAsync());

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/graphql/ui/");
        revalidation.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        var notModified = await http.SendAsync(revalidation);
        var plain = await http.GetAsync(script);
        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, script);
        compressedRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        var compressed = await http.SendAsync(compressedRequest);

        Assert.True(page.Headers.CacheControl?.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", plain.Headers.CacheControl?.ToString());
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(compressedBytes.Length < plainBytes.Length / 2);
        await using var gunzip = new GZipStream(new MemoryStream(compressedBytes), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await gunzip.CopyToAsync(unzipped);
        Assert.Equal(plainBytes, unzipped.ToArray());
    }

    private sealed record ServedFile(string Path, string? MediaType, string Text);

    /// <summary>The page's files and, transitively, every file they name (chunks, workers, styles, fonts).</summary>
    private static async Task<IReadOnlyList<ServedFile>> LoadEveryFileAsync(HttpClient http, string html)
    {
        var files = new List<ServedFile>();
        var pending = new Queue<string>(HtmlReference().Matches(html).Select(m => m.Groups["url"].Value.TrimStart('.', '/')));
        var seen = new HashSet<string>(pending);
        while (pending.TryDequeue(out var path))
        {
            var response = await http.GetAsync("/graphql/ui/" + path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            files.Add(new ServedFile(path, response.Content.Headers.ContentType?.MediaType, text));
            foreach (var name in HashedFileName().Matches(text).Select(m => "assets/" + m.Value).Where(seen.Add))
            {
                pending.Enqueue(name);
            }
        }

        return files;
    }

    private static string ScriptOf(string html) =>
        HtmlReference().Matches(html).Select(m => m.Groups["url"].Value).First(u => u.EndsWith(".js", StringComparison.Ordinal)).TrimStart('.', '/');

    private static string ExpectedMediaType(string path) => System.IO.Path.GetExtension(path) switch
    {
        ".js" => "text/javascript",
        ".css" => "text/css",
        ".ttf" => "font/ttf",
        var other => throw new Xunit.Sdk.XunitException($"No expected media type for {other} ({path}): add it here and check the server's."),
    };

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex HtmlReference();

    // Vite names the files it emits name-HASH.ext with an eight-character hash.
    [GeneratedRegex(@"[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\.(?:js|css|ttf|woff2?|svg|png)\b")]
    private static partial Regex HashedFileName();

    [GeneratedRegex("""(?:url\(\s*["']?|@import\s+["'])(?<url>[^"')\s]+)""")]
    private static partial Regex CssReference();

    [GeneratedRegex("""(?:\bfrom\s*|\bimport\s*\(\s*|importScripts\(\s*|new\s+URL\(\s*|new\s+Worker\(\s*|fetch\(\s*)["'`](?:https?:)?//""")]
    private static partial Regex ScriptLoadOfAbsoluteUrl();

    [GeneratedRegex(@"https?://(?<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")]
    private static partial Regex AbsoluteUrl();
}
