using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>How much of the reference case a host holds before its tests run; each level holds the ones before it.</summary>
public enum ReferenceData
{
    /// <summary>Sơn La and Lai Châu onboarded on the 2024 edition.</summary>
    Tenants,

    /// <summary>Plan 314/QĐ-UBND, so that its communes may report.</summary>
    Plan,

    /// <summary>The monthly reports of the plan's communes.</summary>
    Reports,

    /// <summary>Chiềng Khoang's proposal.</summary>
    Proposal,
}

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

    /// <summary>Chiềng Khoang's proposal, when <see cref="Data"/> holds it.</summary>
    public Guid ProposalId { get; private set; }

    /// <summary>
    /// How much of the reference case to load: all of it unless the tests need less, since the monthly reports take most
    /// of a host's start (each passes through its district and the province).
    /// </summary>
    protected virtual ReferenceData Data => ReferenceData.Proposal;

    /// <summary>Extra configuration of the host.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    /// <summary>A logger provider of the host, for tests that read what it logs.</summary>
    protected virtual Microsoft.Extensions.Logging.ILoggerProvider? Logging => null;

    /// <summary>What the host gets beyond the product: a test's clock.</summary>
    protected virtual IHostExtension? Extension => null;

    public async Task InitializeAsync()
    {
        var settings = DevelopmentHostFixture.DataPathSetting(DataPath);
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        ConnectionString = await AzuriteFixture.SharedConnectionStringAsync();
        Host = await SiloHost.StartAsync(ConnectionString, SiloHost.NewClusterId(), settings, logging: Logging, extension: Extension);
        await LoadAsync(Host.Grains);
        await SeedAsync(Host.Grains);
    }

    /// <summary>The tenants and their data: Sơn La and Lai Châu on the 2024 edition, and the reference case as far as <see cref="Data"/>.</summary>
    protected virtual async Task LoadAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        if (Data == ReferenceData.Plan)
        {
            await ReferenceCaseLoader.CreatePlanAsync(grains);
        }
        else if (Data >= ReferenceData.Reports)
        {
            await ReferenceCaseLoader.LoadPlanAndReportsAsync(grains);
        }

        if (Data == ReferenceData.Proposal)
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
