using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Security;

namespace ChuyenHoa.Host.Cli;

/// <summary>What the <c>token</c> command was asked for; <paramref name="ConfigurationArguments"/> are the <c>--Section:Key value</c> pairs, read as the host reads them.</summary>
public sealed record TokenArguments(DevelopmentTokenRequest Request, IReadOnlyList<string> ConfigurationArguments);

/// <summary>
/// <c>token --role &lt;Role&gt; --province &lt;code&gt; [--district &lt;code&gt;] [--commune &lt;code&gt;] [--name "&lt;display name&gt;"] [--minutes N]</c>:
/// prints a bearer token of the <see cref="DevelopmentIssuer"/> that a Development host with the same data folder accepts.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";
    public const int InvalidArguments = 2;
    public const int DefaultMinutes = DevelopmentTokenRequest.DefaultMinutes;
    public const int MaxMinutes = DevelopmentTokenRequest.MaxMinutes;

    public const string Usage =
        "Cách dùng: token --role <vai trò> --province <mã tỉnh> [--district <mã huyện>] [--commune <mã xã>] [--name \"<tên hiển thị>\"] [--minutes <số phút>] [--ChuyenHoa:DataPath <thư mục dữ liệu>]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var parsed, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return InvalidArguments;
        }

        // The same configuration sources as the host, so that both find the same data folder; read once, so no file watchers.
        var configuration = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. parsed.ConfigurationArguments]).Configuration;
        var options = configuration.GetSection(ChuyenHoaOptions.Section).Get<ChuyenHoaOptions>() ?? new ChuyenHoaOptions();
        var issuer = new DevelopmentIssuer(RepositoryPaths.ResolveDataPath(options));
        try
        {
            output.WriteLine(issuer.CreateToken(parsed.Request, DateTimeOffset.UtcNow));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Không đọc hoặc tạo được khóa ký {issuer.KeyFile}: {e.Message}");
            return 1;
        }
    }

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out TokenArguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var configurationArguments = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (option, value) = args[i].Split('=', 2) is [var o, var v] ? (o, (string?)v) : (args[i], null);
            if (!option.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Đối số không hợp lệ: \"{args[i]}\".";
                return false;
            }

            value ??= i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            if (value is null)
            {
                error = $"Thiếu giá trị sau {option}.";
                return false;
            }

            if (option.Contains(':', StringComparison.Ordinal))
            {
                configurationArguments.Add($"{option}={value}");
            }
            else if (option is "--role" or "--province" or "--district" or "--commune" or "--name" or "--minutes")
            {
                values[option] = value;
            }
            else
            {
                error = $"Tùy chọn không hợp lệ: {option}.";
                return false;
            }
        }

        error = Validate(values, out var request);
        parsed = request is null ? null : new TokenArguments(request, configurationArguments);
        return parsed is not null;
    }

    private static string? Validate(Dictionary<string, string> values, out DevelopmentTokenRequest? request) =>
        DevelopmentTokenRequest.TryCreate(
            values.GetValueOrDefault("--role"), values.GetValueOrDefault("--province"), values.GetValueOrDefault("--district"), values.GetValueOrDefault("--commune"),
            values.GetValueOrDefault("--name"), values.GetValueOrDefault("--minutes"), "--", out request);
}
