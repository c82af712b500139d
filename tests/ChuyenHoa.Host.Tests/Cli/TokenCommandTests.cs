using System.Diagnostics;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Host.Cli;
using ChuyenHoa.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChuyenHoa.Host.Tests.Cli;

public sealed class TokenCommandTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"chuyenhoa-cli-{Guid.NewGuid():N}");

    [Fact]
    public void Parses_every_option_and_passes_configuration_keys_through()
    {
        Assert.True(TokenCommand.TryParse(
            ["--role", "District.Committee", "--province", "14", "--district=118", "--name", "Lò Thanh Thủy", "--minutes", "15", "--ChuyenHoa:DataPath", "/srv/data"],
            out var parsed, out var error), error);

        Assert.Equal(new DevelopmentTokenRequest(Roles.DistrictCommittee, "14", "118", "Lò Thanh Thủy", TimeSpan.FromMinutes(15)), parsed.Request);
        Assert.Equal(["--ChuyenHoa:DataPath=/srv/data"], parsed.ConfigurationArguments);
    }

    [Theory]
    [InlineData(Roles.ProvinceCommittee, "14", null, "Ban Chỉ đạo 138 Tỉnh Sơn La")]
    [InlineData(Roles.DistrictCommittee, "14", "118", "Ban Chỉ đạo 138 Huyện Quỳnh Nhai")]
    [InlineData(Roles.Analyst, "12", null, "Chuyên viên phân tích Tỉnh Lai Châu")]
    [InlineData(Roles.PlatformAdmin, "14", null, "Quản trị nền tảng")]
    public void Without_name_and_minutes_the_token_names_the_committee_and_lasts_an_hour(string role, string province, string? district, string name)
    {
        string[] args = district is null ? ["--role", role, "--province", province] : ["--role", role, "--province", province, "--district", district];

        Assert.True(TokenCommand.TryParse(args, out var parsed, out var error), error);

        Assert.Equal(name, parsed.Request.DisplayName);
        Assert.Equal(TimeSpan.FromMinutes(60), parsed.Request.Lifetime);
    }

    [Theory]
    [InlineData(Roles.CommuneCommittee, "Ban Chỉ đạo 138 Xã Quỳnh Nhai", "--role", "Commune.Committee", "--province", "14", "--commune", "03703")]
    [InlineData(Roles.ProvincePolice, "Công an Tỉnh Sơn La", "--role", "Province.Police", "--province", "14")]
    public void The_roles_of_the_two_level_structure_get_their_commune_and_a_default_name(string role, string name, params string[] args)
    {
        Assert.True(TokenCommand.TryParse(args, out var parsed, out var error), error);

        var commune = args.Contains("--commune") ? args[^1] : null;
        Assert.Equal(new DevelopmentTokenRequest(role, "14", null, name, TimeSpan.FromMinutes(60), commune), parsed.Request);
    }

    [Theory]
    [InlineData("Thiếu --role", "--province", "14")]
    [InlineData("Vai trò \"Province.Admin\" không có. Các vai trò: Province.Committee, District.Committee, Analyst, Platform.Admin, Commune.Committee, Province.Police.", "--role", "Province.Admin", "--province", "14")]
    [InlineData("Vai trò \"analyst\" không có", "--role", "analyst", "--province", "14")]
    [InlineData("Thiếu --province", "--role", "Analyst")]
    [InlineData("Không có tỉnh mã \"99\"", "--role", "Analyst", "--province", "99")]
    [InlineData("Không có tỉnh mã \"118\"", "--role", "Analyst", "--province", "118")]
    [InlineData("Mã \"001\" không phải một huyện của Tỉnh Sơn La.", "--role", "District.Committee", "--province", "14", "--district", "001")]
    [InlineData("Mã \"03718\" không phải một huyện của Tỉnh Sơn La.", "--role", "District.Committee", "--province", "14", "--district", "03718")]
    [InlineData("Vai trò District.Committee cần --district", "--role", "District.Committee", "--province", "14")]
    [InlineData("Vai trò Commune.Committee cần --commune: mã một xã, phường của Tỉnh Sơn La, ví dụ 03703 (Xã Quỳnh Nhai, Sơn La).", "--role", "Commune.Committee", "--province", "14")]
    [InlineData("Mã \"99999\" không phải một xã, phường của Tỉnh Sơn La.", "--role", "Commune.Committee", "--province", "14", "--commune", "99999")]
    [InlineData("Mã \"03386\" không phải một xã, phường của Tỉnh Sơn La.", "--role", "Commune.Committee", "--province", "14", "--commune", "03386")]
    [InlineData("Mã \"118\" không phải một xã, phường của Tỉnh Sơn La.", "--role", "Commune.Committee", "--province", "14", "--commune", "118")]
    [InlineData("--minutes phải là số nguyên từ 1 đến 1440, không phải \"0\"", "--role", "Analyst", "--province", "14", "--minutes", "0")]
    [InlineData("--minutes phải là số nguyên từ 1 đến 1440, không phải \"1441\"", "--role", "Analyst", "--province", "14", "--minutes", "1441")]
    [InlineData("--minutes phải là số nguyên từ 1 đến 1440, không phải \"-5\"", "--role", "Analyst", "--province", "14", "--minutes=-5")]
    [InlineData("--minutes phải là số nguyên từ 1 đến 1440, không phải \"một\"", "--role", "Analyst", "--province", "14", "--minutes", "một")]
    [InlineData("--name không được để trống", "--role", "Analyst", "--province", "14", "--name", " ")]
    [InlineData("Tùy chọn không hợp lệ: --distric.", "--role", "Analyst", "--province", "14", "--distric", "118")]
    [InlineData("Thiếu giá trị sau --role.", "--role", "--province", "14")]
    [InlineData("Thiếu giá trị sau --province.", "--role", "Analyst", "--province")]
    [InlineData("Đối số không hợp lệ: \"Analyst\".", "Analyst", "--province", "14")]
    public void Refuses_bad_arguments_with_a_vietnamese_message(string message, params string[] args)
    {
        Assert.False(TokenCommand.TryParse(args, out var parsed, out var error));

        Assert.Null(parsed);
        Assert.StartsWith(message, error);
    }

    [Fact]
    public void Bad_arguments_write_the_message_and_the_usage_to_stderr_nothing_to_stdout_and_return_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(["--role", "District.Committee", "--province", "14", "--ChuyenHoa:DataPath", _dataPath], output, error);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
        Assert.Equal([$"Vai trò District.Committee cần --district: mã một huyện của Tỉnh Sơn La, ví dụ 118 (Quỳnh Nhai, Sơn La).", TokenCommand.Usage], error.ToString().TrimEnd().Split(Environment.NewLine));
        Assert.False(Directory.Exists(_dataPath));
    }

    [Fact]
    public void Prints_one_signed_token_with_the_claims_a_host_needs_and_creates_the_key_in_the_data_folder()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var exitCode = TokenCommand.Run(
            ["--role", "District.Committee", "--province", "14", "--district", "118", "--name", "Lò Thanh Thủy", "--minutes", "30", "--ChuyenHoa:DataPath", _dataPath],
            output, error);

        Assert.Equal(0, exitCode);
        Assert.Empty(error.ToString());
        var line = Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        var token = new JsonWebToken(line);
        Assert.Equal(("RS256", new DevelopmentIssuer(_dataPath).LoadPublicKey().KeyId), (token.Alg, token.Kid));
        Assert.Equal((DevelopmentIssuer.Issuer, DevelopmentIssuer.Audience), (token.Issuer, Assert.Single(token.Audiences)));
        Assert.Equal(DevelopmentIssuer.TenantId, token.GetClaim("tid").Value);
        Assert.Equal(["District.Committee"], token.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.Equal(("14", "118", "Lò Thanh Thủy"), (token.GetClaim("province").Value, token.GetClaim("district").Value, token.GetClaim("name").Value));
        Assert.True(Guid.TryParse(token.GetClaim("oid").Value, out _));
        Assert.InRange(token.ValidFrom, before.UtcDateTime, DateTime.UtcNow);
        Assert.Equal(TimeSpan.FromMinutes(30), token.ValidTo - token.ValidFrom);
    }

    [Fact]
    public void A_commune_committees_token_carries_its_commune_and_no_district()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(["--role", "Commune.Committee", "--province", "14", "--commune", "03703", "--ChuyenHoa:DataPath", _dataPath], output, error);

        Assert.Equal(0, exitCode);
        Assert.Empty(error.ToString());
        var token = new JsonWebToken(output.ToString().Trim());
        Assert.Equal(["Commune.Committee"], token.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.Equal(("14", "03703", "Ban Chỉ đạo 138 Xã Quỳnh Nhai"), (token.GetClaim("province").Value, token.GetClaim("commune").Value, token.GetClaim("name").Value));
        Assert.False(token.TryGetClaim("district", out _));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_built_host_run_with_bad_arguments_exits_with_2_and_the_message_without_starting_anything()
    {
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChuyenHoa.Host.dll"), "token", "--role", "Chairman", "--province", "14"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ChuyenHoa__DataPath"] = _dataPath },
        };

        using var process = Process.Start(startInfo)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("Vai trò \"Chairman\" không có.", await stderr);
        Assert.Empty(await stdout);
        Assert.False(Directory.Exists(_dataPath), "neither a key nor Azurite data is written");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
