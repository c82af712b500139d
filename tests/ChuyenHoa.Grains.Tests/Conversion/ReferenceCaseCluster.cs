using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Proposals;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>
/// A silo with Sơn La onboarded and the reference case loaded: a fresh one (empty grain state) for each test, or, with
/// <paramref name="shared"/>, one for all the tests of a class.
/// </summary>
public abstract class ReferenceCaseSilo(AzuriteFixture storage, SharedReferenceCase? shared = null) : IAsyncLifetime
{
    protected string ClusterId { get; } = SiloHost.NewClusterId();

    protected SiloHost Silo { get; private set; } = null!;

    protected IGrainFactory Grains => Silo.Grains;

    protected Guid ProposalId { get; private set; }

    protected AzuriteFixture Storage => storage;

    /// <summary>Chiềng Khoang's proposal of the reference case.</summary>
    protected IRemovalProposalGrain Proposal => Grains.GetGrain<IRemovalProposalGrain>(ProposalId);

    /// <summary>A proposal of 2023 for a commune, with the reference case's conference and assessment.</summary>
    protected Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, string commune, string key) => SubmitAsync(Grains, caller, commune, key);

    /// <inheritdoc cref="SubmitAsync(Caller, string, string)"/>
    internal static Task<Outcome<ProposalInfo>> SubmitAsync(IGrainFactory grains, Caller caller, string commune, string key)
    {
        var conference = ReferenceCase.Conference;
        return grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(caller, ReferenceCase.PlanYear, new ProposalInput(
            commune, "2023-11-20", conference.Chair, conference.Attendance, conference.Summary, ReferenceCase.DistrictAssessment, []), key);
    }

    protected async Task<(RemovalProposalStatus Status, int Version)> StatusAndVersionAsync()
    {
        var proposal = (await Proposal.GetAsync())!;
        return (proposal.Status, proposal.Version);
    }

    public async Task InitializeAsync() =>
        (Silo, ProposalId) = shared is null ? await StartAsync(storage.ConnectionString, ClusterId) : await shared.StartOnceAsync(storage.ConnectionString);

    public async Task DisposeAsync()
    {
        if (shared is null)
        {
            await Silo.DisposeAsync();
        }
    }

    protected async Task RestartAsync()
    {
        if (shared is not null)
        {
            throw new InvalidOperationException("A silo shared by the tests of a class is not restarted by one of them.");
        }

        await Silo.DisposeAsync();
        Silo = await SiloHost.StartAsync(storage.ConnectionString, ClusterId);
    }

    internal static async Task<(SiloHost Silo, Guid ProposalId)> StartAsync(string connectionString, string clusterId)
    {
        var silo = await SiloHost.StartAsync(connectionString, clusterId);
        await silo.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await silo.Grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        return (silo, await ReferenceCaseLoader.LoadAsync(silo.Grains));
    }
}

/// <summary>
/// The reference case loaded once for the tests of a class (a class fixture), for tests that neither depend on nor undo
/// each other's writes: refusals that change nothing, and reports of their own months or indicators. Loading it costs
/// more than most such tests, so each paying for its own silo made the suite slow.
/// </summary>
public sealed class SharedReferenceCase : IAsyncLifetime
{
    // The tests of a class run one after another, so the first one's call starts the silo and the others await it.
    private Task<(SiloHost Silo, Guid ProposalId)>? _started;

    public Task<(SiloHost Silo, Guid ProposalId)> StartOnceAsync(string connectionString) =>
        _started ??= ReferenceCaseSilo.StartAsync(connectionString, SiloHost.NewClusterId());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_started is not null)
        {
            await (await _started).Silo.DisposeAsync();
        }
    }
}
