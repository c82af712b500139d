using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Proposals;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>
/// A cluster with Sơn La and Lai Châu onboarded and the reference case loaded: a fresh one (a new ServiceId with a copy of
/// the loaded state) for each test, or, with <paramref name="shared"/>, the one of the collection.
/// </summary>
public abstract class ReferenceCaseCluster(SharedReferenceCase? shared = null) : IAsyncLifetime
{
    protected GrainCluster Cluster { get; private set; } = null!;

    protected IGrainFactory Grains => Cluster.Grains;

    protected Guid ProposalId { get; private set; }

    /// <summary>Chiềng Khoang's proposal of the reference case.</summary>
    protected IRemovalProposalGrain Proposal => Grains.GetGrain<IRemovalProposalGrain>(ProposalId);

    /// <summary>
    /// A proposal of 2023 for a commune, with the reference case's conference and assessment, and <paramref name="evidence"/>:
    /// by default the letter and the minutes the three-level chain requires.
    /// </summary>
    protected Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, string commune, string key, IReadOnlyList<EvidenceInput>? evidence = null) =>
        SubmitAsync(Grains, caller, commune, key, evidence);

    /// <inheritdoc cref="SubmitAsync(Caller, string, string, IReadOnlyList{EvidenceInput})"/>
    internal static Task<Outcome<ProposalInfo>> SubmitAsync(IGrainFactory grains, Caller caller, string commune, string key, IReadOnlyList<EvidenceInput>? evidence = null)
    {
        var conference = ReferenceCase.Conference;
        return grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(caller, ReferenceCase.PlanYear, new ProposalInput(
            commune, "2023-11-20", conference.Chair, conference.Attendance, conference.Summary, ReferenceCase.DistrictAssessment,
            evidence ?? ProposalEvidence.LetterAndMinutes(commune, "2023-11-20")), key);
    }

    protected async Task<(RemovalProposalStatus Status, int Version)> StatusAndVersionAsync()
    {
        var proposal = (await Proposal.GetAsync())!;
        return (proposal.Status, proposal.Version);
    }

    public async Task InitializeAsync() =>
        (Cluster, ProposalId) = shared is null ? await StoredStates.ReferenceCase.StartCopyAsync() : (shared.Cluster, shared.ProposalId);

    public async Task DisposeAsync()
    {
        if (shared is null)
        {
            await Cluster.DisposeAsync();
        }
    }

    protected async Task RestartAsync()
    {
        if (shared is not null)
        {
            throw new InvalidOperationException("The cluster shared by a collection is not restarted by one of its tests.");
        }

        await Cluster.RestartAsync();
    }
}

/// <summary>
/// The reference case for the classes of <see cref="ReferenceCaseCollection"/>, whose tests neither depend on
/// nor undo each other's writes: refusals that change nothing, and reports measured against what was there before them.
/// </summary>
public sealed class SharedReferenceCase : IAsyncLifetime
{
    public GrainCluster Cluster { get; private set; } = null!;

    public Guid ProposalId { get; private set; }

    public async Task InitializeAsync() => (Cluster, ProposalId) = await StoredStates.ReferenceCase.StartCopyAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>The test classes that share one cluster with the reference case; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ReferenceCaseCollection : ICollectionFixture<SharedReferenceCase>
{
    public const string Name = "Reference case";
}
