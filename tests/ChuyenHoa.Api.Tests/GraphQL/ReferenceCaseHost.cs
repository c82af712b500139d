using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>A Development host of its own (fresh grain state) with Sơn La and Lai Châu onboarded and the reference case's plan and reports loaded.</summary>
public abstract class ReferenceCaseHost(DevelopmentHostFixture fixture, bool withProposal = true) : IAsyncLifetime
{
    protected SiloHost Host { get; private set; } = null!;

    protected string DataPath { get; } = Directory.CreateTempSubdirectory("chuyenhoa-api-").FullName;

    protected Guid? ProposalId { get; private set; }

    /// <summary>Extra configuration for the host of the test class.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    public async Task InitializeAsync()
    {
        var settings = DevelopmentHostFixture.DataPathSetting(DataPath);
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        Host = await SiloHost.StartAsync(fixture.Storage.ConnectionString, SiloHost.NewClusterId(), settings);
        await Host.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await Host.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        await ReferenceCaseLoader.LoadPlanAndReportsAsync(Host.Grains);
        if (withProposal)
        {
            ProposalId = await ReferenceCaseLoader.SubmitProposalAsync(Host.Grains);
        }
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }

    protected string Token(string role, string province, string? district = null, string name = "Người dùng thử") =>
        new DevelopmentIssuer(DataPath).CreateToken(new DevelopmentTokenRequest(role, province, district, name, TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);

    protected GraphQLClient Client(string? token) => new(Host.BaseAddress, token);

    protected GraphQLClient Province14() => Client(Token(Roles.ProvinceCommittee, "14", name: "Văn phòng Ban Chỉ đạo tỉnh Sơn La"));

    protected GraphQLClient QuynhNhai() => Client(Token(Roles.DistrictCommittee, "14", "118", "Ban Chỉ đạo 138 huyện Quỳnh Nhai"));
}
