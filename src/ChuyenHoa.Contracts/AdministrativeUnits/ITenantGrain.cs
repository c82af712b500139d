using ChuyenHoa.Plans;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;

namespace ChuyenHoa.Contracts.AdministrativeUnits;

/// <summary>
/// A province as a tenant of the platform, keyed by its 2-digit GSO code. It holds a timeline of editions (the three-level one
/// until 30 Jun 2025, the two-level one from 1 Jul 2025), each onboarded on its own; their units live side by side.
/// </summary>
[Alias("ChuyenHoa.ITenantGrain")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds an edition to the province's timeline: creates its unit grains from the official data of that edition. Idempotent:
    /// a second call with the same edition changes nothing. Unknown codes, and units already defined otherwise (another
    /// province's or edition's), are refused before anything is written.
    /// </summary>
    [Alias("Onboard")]
    Task<TenantInfo> OnboardAsync(string editionId);

    /// <summary>
    /// <see cref="OnboardAsync(string)"/> asked by a person: only <c>Platform.Admin</c> may. A refusal is an error of the outcome
    /// and writes nothing: FORBIDDEN, VALIDATION_FAILED for an unknown province or edition, CONFLICT for units already defined otherwise.
    /// </summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="editionId">The edition to add to the province's timeline ("2024" or "2025").</param>
    [Alias("OnboardFor")]
    Task<Outcome<TenantInfo>> OnboardAsync(Caller caller, string editionId);

    /// <summary>The tenant in the latest edition it was onboarded on, or null when the province has not been onboarded.</summary>
    [Alias("Get")]
    Task<TenantInfo?> GetAsync();

    /// <summary>The editions the province was onboarded on, earliest in force first.</summary>
    [Alias("GetEditions")]
    Task<IReadOnlyList<TenantInfo>> GetEditionsAsync();

    /// <summary>
    /// The chain new proposals of the province take for plans of <paramref name="editionId"/>: the one the province set, or the
    /// edition's default (three-level for 2024, two-level for 2025). Proposals already submitted keep the chain they were submitted under.
    /// </summary>
    [Alias("GetApprovalChain")]
    Task<ApprovalChainInfo> GetApprovalChainAsync(string editionId);

    /// <summary>
    /// Sets the province's own chain for plans of <paramref name="editionId"/>, for proposals submitted from now on. Only a
    /// platform administrator or the province's own committee may (<see cref="Proposals.ApprovalChain.MayBeSetBy"/>). A refusal is an
    /// error of the outcome and changes nothing: FORBIDDEN; VALIDATION_FAILED for an unknown edition or a chain
    /// <see cref="Proposals.ApprovalChain.Create"/> refuses (naming the step at fault); NOT_FOUND when the province was not onboarded on the edition.
    /// </summary>
    [Alias("SetApprovalChain")]
    Task<Outcome<ApprovalChainInfo>> SetApprovalChainAsync(Caller caller, string editionId, IReadOnlyList<ChainStepInfo> steps);

    /// <summary>The years the province has a social-order plan for (the track of every plan before tracks), ascending.</summary>
    [Alias("GetPlanYears")]
    Task<IReadOnlyList<int>> GetPlanYearsAsync();

    /// <summary>The grain keys of the province's plans on every track, by year ascending.</summary>
    [Alias("GetPlanKeys")]
    Task<IReadOnlyList<string>> GetPlanKeysAsync();

    /// <summary>Records that the province has a plan for the year on the track; idempotent.</summary>
    [Alias("AddPlan")]
    Task AddPlanAsync(int year, ProgrammeTrack track);
}
