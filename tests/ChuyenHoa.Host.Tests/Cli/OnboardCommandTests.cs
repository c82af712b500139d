using ChuyenHoa.Host.Cli;

namespace ChuyenHoa.Host.Tests.Cli;

public sealed class OnboardCommandTests
{
    [Fact]
    public void Parses_every_option_in_either_form()
    {
        Assert.True(OnboardCommand.TryParse(["--province", "08", "--edition=2025", "--url", "http://127.0.0.1:5000", "--token", "eyJ.a.b"], out var parsed, out var error), error);

        Assert.Equal(new OnboardArguments("08", "2025", new Uri("http://127.0.0.1:5000/"), "eyJ.a.b"), parsed);
    }

    [Fact]
    public void A_url_with_a_path_keeps_it_so_the_graphql_endpoint_is_found_under_it()
    {
        Assert.True(OnboardCommand.TryParse(["--province", "08", "--edition", "2025", "--url", "https://chuyenhoa.example.vn/tinh", "--token", "t"], out var parsed, out var error), error);

        Assert.Equal(new Uri("https://chuyenhoa.example.vn/tinh/graphql"), new Uri(parsed.Url, "graphql"));
    }

    [Theory]
    [InlineData("Thiếu --province.", "--edition", "2025", "--url", "http://127.0.0.1:5000", "--token", "t")]
    [InlineData("Thiếu --token.", "--province", "08", "--edition", "2025", "--url", "http://127.0.0.1:5000")]
    [InlineData("Thiếu giá trị sau --token.", "--province", "08", "--edition", "2025", "--url", "http://127.0.0.1:5000", "--token")]
    [InlineData("Mã tỉnh \"8\" không hợp lệ", "--province", "8", "--edition", "2025", "--url", "http://127.0.0.1:5000", "--token", "t")]
    [InlineData("Danh mục \"2023\" không có. Chọn một trong: 2024, 2025.", "--province", "08", "--edition", "2023", "--url", "http://127.0.0.1:5000", "--token", "t")]
    [InlineData("--url \"127.0.0.1:5000\" không phải địa chỉ http(s)", "--province", "08", "--edition", "2025", "--url", "127.0.0.1:5000", "--token", "t")]
    [InlineData("--url \"ftp://host\" không phải địa chỉ http(s)", "--province", "08", "--edition", "2025", "--url", "ftp://host", "--token", "t")]
    [InlineData("Tùy chọn không hợp lệ: --role.", "--role", "Platform.Admin", "--province", "08")]
    [InlineData("Đối số không hợp lệ: \"08\".", "08", "--edition", "2025")]
    public void Refuses_bad_arguments_with_a_vietnamese_message(string message, params string[] args)
    {
        Assert.False(OnboardCommand.TryParse(args, out var parsed, out var error));

        Assert.Null(parsed);
        Assert.StartsWith(message, error);
    }

    [Fact]
    public async Task Bad_arguments_exit_with_2_and_print_the_usage_without_calling_anything()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OnboardCommand.RunAsync(["--province", "08"], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains(OnboardCommand.Usage, error.ToString());
        Assert.Empty(output.ToString());
    }
}
