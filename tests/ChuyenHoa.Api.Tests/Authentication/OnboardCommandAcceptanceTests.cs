using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Cli;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Authentication;

/// <summary>The <c>onboard</c> command against a running host over HTTP, with real signed development tokens.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class OnboardCommandAcceptanceTests(DevelopmentHostFixture api)
{
    [Fact]
    public async Task A_platform_administrators_token_onboards_tuyen_quang_on_2025_and_the_command_says_so_in_vietnamese()
    {
        var (exitCode, output, error) = await OnboardAsync("08", api.Token(Roles.PlatformAdmin, "14", name: "Quản trị nền tảng"));

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("Đã đưa tỉnh 08 (Tuyên Quang) vào hệ thống theo danh mục 2025:", output);
        Assert.Equal("2025", (await api.Host.Grains.GetGrain<ITenantGrain>("08").GetAsync())?.EditionId);
    }

    [Fact]
    public async Task A_province_committees_token_is_refused_with_the_apis_message_and_exit_code_1_and_nothing_is_onboarded()
    {
        var (exitCode, output, error) = await OnboardAsync("11", api.Token(Roles.ProvinceCommittee, "11"));

        Assert.Equal(OnboardCommand.Refused, exitCode);
        Assert.StartsWith("Bị từ chối: ", error);
        Assert.Empty(output);
        Assert.Null(await api.Host.Grains.GetGrain<ITenantGrain>("11").GetAsync());
    }

    [Fact]
    public async Task An_unknown_province_is_refused_by_the_api_with_its_vietnamese_message()
    {
        var (exitCode, _, error) = await OnboardAsync("99", api.Token(Roles.PlatformAdmin, "14"));

        Assert.Equal(OnboardCommand.Refused, exitCode);
        Assert.Contains("Không đưa được tỉnh 99 vào hệ thống: Mã tỉnh \"99\"", error);
    }

    private async Task<(int ExitCode, string Output, string Error)> OnboardAsync(string province, string token)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await OnboardCommand.RunAsync(
            ["--province", province, "--edition", "2025", "--url", api.Host.BaseAddress.ToString(), "--token", token], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
