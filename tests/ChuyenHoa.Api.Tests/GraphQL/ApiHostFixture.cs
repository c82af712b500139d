using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// A Development host on the test process's Azurite with the reference case loaded. The collection shares one
/// (<see cref="DevelopmentHostFixture"/>); a subclass is a class's own host, for a setting that is what its tests test.
/// </summary>
public abstract class ApiHostFixture : IAsyncLifetime
{
    public SiloHost Host { get; private set; } = null!;

    public string DataPath { get; } = Directory.CreateTempSubdirectory("chuyenhoa-api-").FullName;

    /// <summary>The storage the host runs on, for tests that start another host beside it.</summary>
    public string ConnectionString { get; private set; } = null!;

    /// <summary>Chiềng Khoang's proposal, when <see cref="WithProposal"/>.</summary>
    public Guid ProposalId { get; private set; }

    /// <summary>Whether the district's proposal is submitted too, or only the plan and the reports are loaded.</summary>
    protected virtual bool WithProposal => true;

    /// <summary>Extra configuration of the host.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    /// <summary>A logger provider of the host, for tests that read what it logs.</summary>
    protected virtual Microsoft.Extensions.Logging.ILoggerProvider? Logging => null;

    public async Task InitializeAsync()
    {
        var settings = DevelopmentHostFixture.DataPathSetting(DataPath);
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        ConnectionString = await AzuriteFixture.SharedConnectionStringAsync();
        Host = await SiloHost.StartAsync(ConnectionString, SiloHost.NewClusterId(), settings, logging: Logging);
        await LoadAsync(Host.Grains);
        await SeedAsync(Host.Grains);
    }

    /// <summary>The tenants and their data: Sơn La and Lai Châu on the 2024 edition, and the reference case.</summary>
    protected virtual async Task LoadAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        await ReferenceCaseLoader.LoadPlanAndReportsAsync(grains);
        if (WithProposal)
        {
            ProposalId = await ReferenceCaseLoader.SubmitProposalAsync(grains);
        }
    }

    /// <summary>More data a test class needs, after the reference case.</summary>
    protected virtual Task SeedAsync(IGrainFactory grains) => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }

    public string Token(string role, string province, string? district = null, string name = "Người dùng thử", string? commune = null) =>
        new DevelopmentIssuer(DataPath).CreateToken(new DevelopmentTokenRequest(role, province, district, name, TimeSpan.FromMinutes(30), commune), DateTimeOffset.UtcNow);

    public GraphQLClient Client(string? token) => new(Host.BaseAddress, token);

    public GraphQLClient Province14() => Client(Token(Roles.ProvinceCommittee, "14"));

    public GraphQLClient QuynhNhai() => Client(Token(Roles.DistrictCommittee, "14", "118", "Ban Chỉ đạo 138 huyện Quỳnh Nhai"));
}
