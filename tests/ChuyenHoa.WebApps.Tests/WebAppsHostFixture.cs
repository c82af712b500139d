using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.WebApps.Tests;

/// <summary>
/// A real Azurite and one Development host on it with the reference case loaded (Chiềng Khoang's proposal waiting for the
/// province) and the two-level demo (Xã Quỳnh Nhai's proposal waiting for the provincial police), shared by the tests of
/// the web apps; they run one after another.
/// </summary>
public sealed class WebAppsHostFixture : IAsyncLifetime
{
    public AzuriteFixture Storage { get; } = new();

    public SiloHost Host { get; private set; } = null!;

    public string DataPath { get; } = Directory.CreateTempSubdirectory("chuyenhoa-webapps-").FullName;

    /// <summary>The reporting deadlines' clock and the endpoint that moves it (reporting-status.mjs).</summary>
    public ReportingClockEndpoint ReportingClock { get; } = new();

    public HttpClient Client(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler()) { BaseAddress = Host.BaseAddress };

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        Host = await SiloHost.StartAsync(Storage.ConnectionString, SiloHost.NewClusterId(), new Dictionary<string, string?> { ["ChuyenHoa:DataPath"] = DataPath }, extension: ReportingClock);
        await Host.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await Host.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
        await Host.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        await ReferenceCaseLoader.LoadPlanAndReportsAsync(Host.Grains);
        await ReferenceCaseLoader.SubmitProposalAsync(Host.Grains);
        await TwoLevelDemoLoader.LoadAsync(Host.Grains);
        await DrugTrackDemoLoader.LoadAsync(Host.Grains);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppsHostCollection : ICollectionFixture<WebAppsHostFixture>
{
    public const string Name = "Web apps host";
}
