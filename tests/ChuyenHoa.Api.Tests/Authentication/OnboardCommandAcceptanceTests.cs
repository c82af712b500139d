using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Cli;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using ChuyenHoa.Api.Tests.GraphQL;

namespace ChuyenHoa.Api.Tests.Authentication;

/// <summary>The <c>onboard</c> command against a running host over HTTP, with real signed development tokens.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class OnboardCommandAcceptanceTests(ApiHostFixture api) : IClassFixture<ApiHostFixture>
{
    [Fact]
    public async Task A_platform_administrators_token_onboards_tuyen_quang_on_2025_and_the_command_says_so_in_vietnamese()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OnboardCommand.RunAsync(
            ["--province", "08", "--edition", "2025", "--url", api.Host.BaseAddress.ToString(), "--token", api.Token(Roles.PlatformAdmin, "14", name: "Quản trị nền tảng")],
            output, error);

        Assert.True(exitCode == 0, error.ToString());
        Assert.StartsWith("Đã đưa tỉnh 08 (Tuyên Quang) vào hệ thống theo danh mục 2025:", output.ToString());
        Assert.Equal("2025", (await api.Host.Grains.GetGrain<ITenantGrain>("08").GetAsync())?.EditionId);
    }

    [Fact]
    public async Task A_province_committees_token_is_refused_with_the_apis_message_and_exit_code_1_and_nothing_is_onboarded()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OnboardCommand.RunAsync(
            ["--province", "11", "--edition", "2025", "--url", api.Host.BaseAddress.ToString(), "--token", api.Token(Roles.ProvinceCommittee, "11")],
            output, error);

        Assert.Equal(OnboardCommand.Refused, exitCode);
        Assert.StartsWith("Bị từ chối: ", error.ToString());
        Assert.Empty(output.ToString());
        Assert.Null(await api.Host.Grains.GetGrain<ITenantGrain>("11").GetAsync());
    }

    [Fact]
    public async Task An_unknown_province_is_refused_by_the_api_with_its_vietnamese_message()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OnboardCommand.RunAsync(
            ["--province", "99", "--edition", "2025", "--url", api.Host.BaseAddress.ToString(), "--token", api.Token(Roles.PlatformAdmin, "14")],
            output, error);

        Assert.Equal(OnboardCommand.Refused, exitCode);
        Assert.Contains("Không đưa được tỉnh 99 vào hệ thống: Mã tỉnh \"99\"", error.ToString());
    }
}
