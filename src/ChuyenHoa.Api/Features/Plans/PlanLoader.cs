using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Plans;
using GraphQL.DataLoader;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>
/// The request's conversion plans as the caller may see them: whole for those who read the province, with only the
/// designations (and the part of the year-end decision) of communes they may read for a district or commune committee;
/// null for anyone else.
/// </summary>
public sealed class PlanLoader(IGrainFactory grains, Caller? caller, UnitLoader units) : IRequestLoader<PlanLoader>, INodeLoader
{
    private readonly BatchLoader<(string Province, int Year, ProgrammeTrack Track), PlanInfo> _plans = new("plans", async (keys, _) =>
    {
        var plans = await Task.WhenAll(keys.Select(k => grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(k.Province, k.Year, k.Track)).GetAsync()));
        return plans.OfType<PlanInfo>().ToDictionary(p => (p.ProvinceCode, p.Year, p.Track));
    });

    public static PlanLoader Create(GraphQLRequestContext request) => new(request.Grains, request.Caller, request.Loader<UnitLoader>());

    /// <summary>A province's plan of a year on a track as the caller may see it.</summary>
    public IDataLoaderResult<PlanInfo?> Plan(string provinceCode, int year, ProgrammeTrack track = ProgrammeTrack.SocialOrder) =>
        caller?.Scope.CanSeeProvince(provinceCode) == true
            ? _plans.Load((provinceCode, year, track)).ThenAsync(VisiblePartAsync)
            : DataLoaderResults.Ready<PlanInfo?>(null);

    /// <summary>
    /// The edition of the communes a province's plan of a year names (the one in force on its decision date), for anyone who
    /// already holds something of the plan such as a proposal; three-level where there is no such plan, as before editions.
    /// </summary>
    public IDataLoaderResult<DivisionEdition> EditionOf(string provinceCode, int year, ProgrammeTrack track) =>
        _plans.Load((provinceCode, year, track)).Then(plan => plan?.Edition ?? DivisionEdition.ThreeLevel2024);

    /// <summary>The part of a plan the caller may see (see <see cref="Plan"/>), for a plan that a mutation returns.</summary>
    public IDataLoaderResult<PlanInfo?> Visible(PlanInfo? plan) =>
        plan is not null && caller?.Scope.CanSeeProvince(plan.ProvinceCode) == true
            ? DataLoaderResults.Ready<PlanInfo?>(plan).ThenAsync(VisiblePartAsync)
            : DataLoaderResults.Ready<PlanInfo?>(null);

    /// <summary>A plan's global id is <c>ConversionPlan:{plan grain key}</c> (<c>14-2023</c>, <c>14-2026-drugs</c>).</summary>
    public IDataLoaderResult? LoadNode(string type, string key) =>
        type != "ConversionPlan" ? null
        : IConversionPlanGrain.ParseKey(key) is { } plan ? Plan(plan.Province, plan.Year, plan.Track)
        : DataLoaderResults.Ready<PlanInfo?>(null);

    /// <summary>The removed communes of a plan under monitoring, those of communes the caller may see in the plan.</summary>
    public async Task<IReadOnlyList<MonitoringInfo>> MonitoringAsync(PlanInfo visiblePlan)
    {
        var visible = visiblePlan.Designations.Where(d => d.EditionId is null).Select(d => d.CommuneCode).ToHashSet(StringComparer.Ordinal);
        var all = await grains.GetGrain<IConversionPlanGrain>(visiblePlan.Key).GetMonitoringAsync();
        return [.. all.Where(m => visible.Contains(m.CommuneCode))];
    }

    private async Task<PlanInfo?> VisiblePartAsync(PlanInfo? plan, CancellationToken cancellationToken)
    {
        if (plan is null || caller!.Scope.CanReadUnit(plan.ProvinceCode, null))
        {
            return plan;
        }

        // Loaded all at once, so the communes of a plan, and those its year-end decision designates next, are one batch.
        var keys = plan.Designations.Select(plan.KeyOf).ToArray();
        var decision = plan.YearEndDecision;
        var nextEdition = decision is null ? plan.Edition : ConversionPlanRules.EditionOf(decision.DecisionDate);
        var newKeys = (decision?.NewlyDesignated ?? []).Select(d => new UnitKey(nextEdition, d.CommuneCode)).ToArray();
        var communes = await units.Units([.. keys, .. newKeys], UnitLevel.Commune).GetResultAsync(cancellationToken);
        var readable = communes.Where(c => c.ProvinceCode == plan.ProvinceCode).Select(c => c.KeyOf(c.Code)).ToHashSet();
        var designations = plan.Designations.Where((_, i) => readable.Contains(keys[i])).ToArray();
        var own = designations.Where(d => d.EditionId is null).ToArray();
        var codes = own.Select(d => d.CommuneCode).ToHashSet(StringComparer.Ordinal);
        var proposals = own.Select(d => d.ProposalId).OfType<Guid>().ToHashSet();
        // The decision names other communes and their proposals: the caller sees its part of it, as of the designations.
        return plan with
        {
            Designations = designations,
            YearEndDecision = decision is null ? null : decision with
            {
                Removed = [.. decision.Removed.Where(codes.Contains)],
                Continuing = [.. decision.Continuing.Where(codes.Contains)],
                NewlyDesignated = [.. decision.NewlyDesignated.Where((_, i) => readable.Contains(newKeys[i]))],
                Proposals = [.. decision.Proposals.Where(proposals.Contains)],
            },
        };
    }
}
