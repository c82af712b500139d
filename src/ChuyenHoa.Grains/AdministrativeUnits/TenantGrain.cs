using System.Collections.Concurrent;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Grains.AdministrativeUnits;

public sealed class TenantGrain(
    [PersistentState("tenant", StorageNames.Units)] IPersistentState<TenantGrain.State> state,
    IGrainFactory grains,
    TimeProvider clock,
    ILogger<TenantGrain> logger) : Grain, ITenantGrain
{
    // Bounded so that onboarding a large province does not flood the storage account.
    private const int ConcurrentWrites = 32;

    public Task<TenantInfo?> GetAsync() => Task.FromResult(Timeline.LastOrDefault()?.ToInfo());

    public Task<IReadOnlyList<TenantInfo>> GetEditionsAsync() => Task.FromResult<IReadOnlyList<TenantInfo>>([.. Timeline.Select(t => t.ToInfo())]);

    /// <summary>Every onboarded edition, earliest in force first: the one stored before timelines existed, then those added since.</summary>
    private IEnumerable<StoredTenant> Timeline =>
        (state.State.Tenant is { } first ? state.State.Editions.Prepend(first) : state.State.Editions).OrderBy(t => t.Key.Edition.ValidFrom);

    public Task<IReadOnlyList<int>> GetPlanYearsAsync() => Task.FromResult<IReadOnlyList<int>>(state.State.PlanYears.Order().ToArray());

    public Task<IReadOnlyList<string>> GetPlanKeysAsync()
    {
        var province = this.GetPrimaryKeyString();
        var keys = state.State.PlanYears.Select(year => IConversionPlanGrain.KeyFor(province, year)).Concat(state.State.OtherTrackPlans);
        return Task.FromResult<IReadOnlyList<string>>([.. keys.OrderBy(k => IConversionPlanGrain.ParseKey(k)?.Year).ThenBy(k => k, StringComparer.Ordinal)]);
    }

    public async Task AddPlanAsync(int year, ProgrammeTrack track)
    {
        var added = track == ProgrammeTrack.SocialOrder
            ? state.State.PlanYears.Add(year)
            : state.State.OtherTrackPlans.Add(IConversionPlanGrain.KeyFor(this.GetPrimaryKeyString(), year, track));
        if (added)
        {
            await state.WriteStateAsync();
        }

        // A province with a plan expects reports, so its deadlines are checked from now on.
        await grains.GetGrain<IReportingDeadlinesGrain>(this.GetPrimaryKeyString()).EnsureWatchedAsync();
    }

    public Task<ApprovalChainInfo> GetApprovalChainAsync(string editionId) =>
        Task.FromResult(ChainOf(DivisionEdition.Find(editionId) ?? throw new ArgumentException($"Unknown edition {editionId}.", nameof(editionId))));

    public async Task<Outcome<ApprovalChainInfo>> SetApprovalChainAsync(Caller caller, string editionId, IReadOnlyList<ChainStepInfo> steps)
    {
        var provinceCode = this.GetPrimaryKeyString();
        if (!ApprovalChain.MayBeSetBy(caller.Scope, provinceCode))
        {
            return Outcome<ApprovalChainInfo>.Failure(DomainError.Forbidden);
        }

        if (DivisionEdition.Find(editionId) is not { } edition)
        {
            return Outcome<ApprovalChainInfo>.Failure(new DomainError(
                ErrorCodes.ValidationFailed, $"Danh mục đơn vị hành chính \"{editionId}\" không có. Chọn một trong: {string.Join(", ", DivisionEdition.All.Select(e => e.Id))}.", "edition"));
        }

        if (Timeline.All(t => t.EditionId != edition.Id))
        {
            return Outcome<ApprovalChainInfo>.Failure(new DomainError(
                ErrorCodes.NotFound, $"Tỉnh {provinceCode} chưa được đưa vào hệ thống theo danh mục {edition.Id}.", "edition"));
        }

        var chain = ApprovalChain.Create([.. steps.Select(s => s.ToStep())]);
        if (!chain.IsSuccess)
        {
            return Outcome<ApprovalChainInfo>.Failure(chain.Errors);
        }

        state.State.ApprovalChains[edition.Id] = [.. chain.Value.Steps.Select(StoredChainStep.From)];
        await state.WriteStateAsync();
        logger.LogInformation(
            "Approval chain of province {ProvinceCode} for edition {Edition} set by {UserId}: {Roles}",
            provinceCode, edition.Id, caller.UserId, string.Join(" → ", chain.Value.Steps.Select(s => s.Role)));
        return Outcome<ApprovalChainInfo>.Success(ChainOf(edition));
    }

    /// <summary>The province's own chain for <paramref name="edition"/>, or the edition's default when it set none.</summary>
    private ApprovalChainInfo ChainOf(DivisionEdition edition) =>
        state.State.ApprovalChains.TryGetValue(edition.Id, out var own)
            ? new(this.GetPrimaryKeyString(), edition.Id, [.. own.Select(s => ChainStepInfo.From(s.ToStep()))], IsDefault: false)
            : new(this.GetPrimaryKeyString(), edition.Id, [.. ApprovalChain.DefaultFor(edition).Steps.Select(ChainStepInfo.From)], IsDefault: true);

    public async Task<Outcome<TenantInfo>> OnboardAsync(Caller caller, string editionId)
    {
        if (!caller.Scope.IsPlatformAdmin)
        {
            return Outcome<TenantInfo>.Failure(DomainError.Forbidden);
        }

        try
        {
            return Outcome<TenantInfo>.Success(await OnboardAsync(editionId));
        }
        catch (TenantOnboardingException refused)
        {
            // Codes the official lists do not have are the request's fault; units stored otherwise conflict with what exists.
            var edition = DivisionEdition.Find(editionId);
            var error = edition is null ? new DomainError(ErrorCodes.ValidationFailed, refused.Message, "edition")
                : AdministrativeUnitCatalog.For(edition).Find(this.GetPrimaryKeyString()) is not { Level: UnitLevel.Province } ? new DomainError(ErrorCodes.ValidationFailed, refused.Message, "provinceCode")
                : new DomainError(ErrorCodes.Conflict, refused.Message, "provinceCode");
            return Outcome<TenantInfo>.Failure(error);
        }
    }

    public async Task<TenantInfo> OnboardAsync(string editionId)
    {
        var provinceCode = this.GetPrimaryKeyString();
        if (Timeline.FirstOrDefault(t => t.EditionId == editionId) is { } existing)
        {
            // Listed again (no write when it is): a registration that failed after the tenant was stored is made good here,
            // since the directory is what tells the API which provinces' units exist.
            var known = existing.ToInfo();
            await grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).RegisterAsync(known);
            return known;
        }

        var edition = DivisionEdition.Find(editionId)
            ?? throw new TenantOnboardingException(
                $"Danh mục đơn vị hành chính \"{editionId}\" không có. Chọn một trong: {string.Join(", ", DivisionEdition.All.Select(e => e.Id))}.");
        var catalog = AdministrativeUnitCatalog.For(edition);
        if (catalog.Find(provinceCode) is not { Level: UnitLevel.Province } province)
        {
            throw new TenantOnboardingException(
                $"Mã tỉnh \"{provinceCode}\" không có trong danh mục {edition.Id} của Tổng cục Thống kê. Mã tỉnh gồm 2 chữ số, ví dụ 14 (Sơn La).");
        }

        var units = catalog.Subtree(provinceCode)
            .Select(u => UnitInfo.FromCatalog(catalog, u, provinceCode))
            .ToArray();
        // Each edition's units have grains of their own (keyed by edition and code), so another edition's units are never in the
        // way; a unit already defined otherwise under the same key (another province's, or state written under a bare key for
        // another edition) is refused up front, before anything is written. The unit grain refuses too, so even two
        // onboardings racing cannot overwrite.
        var taken = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            units,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentWrites },
            async (unit, _) =>
            {
                if (await grains.GetGrain<IAdministrativeUnitGrain>(unit.KeyOf(unit.Code).StorageKey).GetAsync() is { } current
                    && AdministrativeUnitGrain.OverwriteRefusal(current, unit) is { } refusal)
                {
                    taken.Add(refusal);
                }
            });
        if (!taken.IsEmpty)
        {
            var shown = taken.Order(StringComparer.Ordinal).ToArray();
            throw new TenantOnboardingException(
                $"Không đưa tỉnh {provinceCode} vào hệ thống theo danh mục {edition.Id}: {shown.Length} mã đơn vị đã thuộc tỉnh hoặc danh mục khác, "
                + $"ghi đè sẽ chuyển đơn vị và báo cáo của họ sang tỉnh này. Chưa ghi gì. {string.Join(" ", shown.Take(5))}"
                + (shown.Length > 5 ? $" (và {shown.Length - 5} mã khác)." : ""));
        }

        // Children before parents: a parent that lists a child is only written once the child exists.
        await Parallel.ForEachAsync(
            units.Reverse(),
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentWrites },
            async (unit, _) => await grains.GetGrain<IAdministrativeUnitGrain>(unit.KeyOf(unit.Code).StorageKey).DefineAsync(unit));

        var tenant = new TenantInfo(provinceCode, province.Name, edition.Id, units.Length, clock.GetUtcNow());
        if (state.State.Tenant is null)
        {
            state.State.Tenant = StoredTenant.From(tenant);
        }
        else
        {
            state.State.Editions.Add(StoredTenant.From(tenant));
        }

        await state.WriteStateAsync();
        await grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).RegisterAsync(tenant);
        logger.LogInformation("Onboarded province {ProvinceCode} {ProvinceName} with {UnitCount} units of edition {Edition}", provinceCode, province.Name, units.Length, edition.Id);
        return tenant;
    }

    [GenerateSerializer, Alias("ChuyenHoa.TenantGrain.State")]
    public sealed class State
    {
        /// <summary>The first edition the province was onboarded on; the only one before tenants had a timeline.</summary>
        [Id(0)] public StoredTenant? Tenant { get; set; }

        [Id(1)] public HashSet<int> PlanYears { get; set; } = [];

        /// <summary>The editions the province was onboarded on after its first, in the order they were.</summary>
        [Id(2)] public List<StoredTenant> Editions { get; set; } = [];

        /// <summary>
        /// The province's own approval chain per edition id; an edition without one uses its default. Empty in state written
        /// before provinces could set chains, which therefore keeps the defaults. A chain set before chains required documents
        /// requires none: it stays as the province set it until it sets it again.
        /// </summary>
        [Id(3)] public Dictionary<string, StoredChainStep[]> ApprovalChains { get; set; } = [];

        /// <summary>The grain keys of the province's plans on tracks other than social order (whose years are <see cref="PlanYears"/>).</summary>
        [Id(4)] public HashSet<string> OtherTrackPlans { get; set; } = new(StringComparer.Ordinal);
    }
}
