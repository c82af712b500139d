using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Host.Cli;

/// <summary>What the <c>onboard</c> command was asked for.</summary>
public sealed record OnboardArguments(string ProvinceCode, string Edition, Uri Url, string Token);

/// <summary>
/// <c>onboard --province &lt;code&gt; --edition &lt;2024|2025&gt; --url &lt;host&gt; --token &lt;bearer&gt;</c>: asks a running host, over
/// HTTP, to onboard a province (the <c>onboardProvince</c> mutation), so it works against any deployment with a Platform.Admin token.
/// </summary>
public static class OnboardCommand
{
    public const string Name = "onboard";
    public const int Refused = 1;
    public const int InvalidArguments = 2;

    public const string Usage = "Cách dùng: onboard --province <mã tỉnh> --edition <2024|2025> --url <địa chỉ máy chủ, ví dụ http://127.0.0.1:5000> --token <bearer token của Platform.Admin>";

    private const string Mutation = """
        mutation($province: String!, $edition: String!) {
          onboardProvince(input: { provinceCode: $province, edition: $edition }) {
            tenant { provinceCode provinceName edition unitCount } errors { code field message } } }
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, HttpMessageHandler? handler = null)
    {
        if (!TryParse(args, out var parsed, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return InvalidArguments;
        }

        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(parsed.Url, "graphql"))
        {
            Content = JsonContent.Create(new { query = Mutation, variables = new { province = parsed.ProvinceCode, edition = parsed.Edition } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", parsed.Token);
        JsonNode? answer;
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            answer = body.Length == 0 ? null : JsonNode.Parse(body);
            if (!response.IsSuccessStatusCode && answer?["errors"] is null)
            {
                error.WriteLine($"Máy chủ {parsed.Url} từ chối ({(int)response.StatusCode} {response.ReasonPhrase}): kiểm tra token và địa chỉ.");
                return Refused;
            }
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            error.WriteLine($"Không gọi được máy chủ {parsed.Url}: {e.Message}");
            return Refused;
        }

        if (answer?["errors"] is JsonArray { Count: > 0 } failures)
        {
            error.WriteLine($"Bị từ chối: {string.Join(" ", failures.Select(f => (string?)f?["message"]))}");
            return Refused;
        }

        var payload = answer?["data"]?["onboardProvince"];
        if (payload?["errors"] is JsonArray { Count: > 0 } refusals)
        {
            error.WriteLine($"Không đưa được tỉnh {parsed.ProvinceCode} vào hệ thống: {string.Join(" ", refusals.Select(r => (string?)r?["message"]))}");
            return Refused;
        }

        var tenant = payload?["tenant"];
        output.WriteLine(
            $"Đã đưa tỉnh {(string?)tenant?["provinceCode"]} ({(string?)tenant?["provinceName"]}) vào hệ thống theo danh mục {(string?)tenant?["edition"]}: {(int?)tenant?["unitCount"]} đơn vị.");
        return 0;
    }

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out OnboardArguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (option, value) = args[i].Split('=', 2) is [var o, var v] ? (o, (string?)v) : (args[i], null);
            if (option is not ("--province" or "--edition" or "--url" or "--token"))
            {
                error = option.StartsWith("--", StringComparison.Ordinal) ? $"Tùy chọn không hợp lệ: {option}." : $"Đối số không hợp lệ: \"{args[i]}\".";
                return false;
            }

            value ??= i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            if (string.IsNullOrWhiteSpace(value))
            {
                error = $"Thiếu giá trị sau {option}.";
                return false;
            }

            values[option] = value;
        }

        if (new[] { "--province", "--edition", "--url", "--token" }.FirstOrDefault(o => !values.ContainsKey(o)) is { } missing)
        {
            error = $"Thiếu {missing}.";
            return false;
        }

        var (province, edition, url) = (values["--province"], values["--edition"], values["--url"]);
        Uri? address = null;
        error = province is not [>= '0' and <= '9', >= '0' and <= '9'] ? $"Mã tỉnh \"{province}\" không hợp lệ: mã tỉnh gồm 2 chữ số, ví dụ 08 (Tuyên Quang)."
            : DivisionEdition.Find(edition) is null ? $"Danh mục \"{edition}\" không có. Chọn một trong: {string.Join(", ", DivisionEdition.All.Select(e => e.Id))}."
            : !Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out address) || address.Scheme is not ("http" or "https")
                ? $"--url \"{url}\" không phải địa chỉ http(s) của máy chủ, ví dụ http://127.0.0.1:5000."
            : null;
        parsed = error is null ? new OnboardArguments(province, edition, address!, values["--token"]) : null;
        return parsed is not null;
    }
}
