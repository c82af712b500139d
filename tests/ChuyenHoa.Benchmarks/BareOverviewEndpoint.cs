using System.Security.Claims;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChuyenHoa.Benchmarks;

/// <summary>
/// The data of the persisted ProvinceOverview query as plain JSON, read from the same grains with the same checks but
/// without GraphQL: the baseline that the GraphQL-overhead benchmark compares against. It lives with the benchmarks, which
/// add it to the hosts they start; the product never serves it.
/// </summary>
public sealed class BareOverviewEndpoint : IHostExtension
{
    public const string Path = "/benchmarks/province-overview";

    public void MapEndpoints(WebApplication app) => app.MapGet(Path, ProvinceOverviewAsync).RequireAuthorization();

    private static async Task<Results<Ok<OverviewResponse>, UnauthorizedHttpResult, BadRequest<string>>> ProvinceOverviewAsync(
        string provinceCode, int year, string period, ClaimsPrincipal user, CallerFactory callers, IGrainFactory grains, string? edition = null, string? indicators = null)
    {
        if (!callers.TryCreate(user, out var caller))
        {
            return TypedResults.Unauthorized();
        }

        if (!Period.TryParse(period, out var parsed, out var error))
        {
            return TypedResults.BadRequest(error.Message);
        }

        var key = parsed.ToString();
        // As the GraphQL field's edition argument: a province of the 2025 list is keyed "2025:14".
        var provinceKey = edition is null ? provinceCode : new UnitKey(DivisionEdition.Find(edition) ?? DivisionEdition.ThreeLevel2024, provinceCode).StorageKey;
        var province = await grains.GetGrain<IAdministrativeUnitGrain>(provinceKey).GetAsync();
        if (province is not { Level: UnitLevel.Province } || !caller.Scope.CanReadUnit(province.Code, null))
        {
            return TypedResults.Ok(new OverviewResponse(null));
        }

        var totals = grains.GetGrain<IUnitIndicatorsGrain>(provinceKey).GetValuesAsync(key, []);
        var plan = await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(province.Code, year)).GetAsync();
        PlanOverview? planOverview = null;
        if (plan is not null)
        {
            // Fanned out at once, level by level, as the GraphQL batch loaders do.
            var communes = await Task.WhenAll(plan.Designations.Select(d => grains.GetGrain<IAdministrativeUnitGrain>(plan.KeyOf(d).StorageKey).GetAsync()));
            var carriedFrom = await Task.WhenAll(plan.Designations.Select(d => Task.WhenAll((d.CarriedFrom ?? []).Select(async link =>
                new CarriedFromOverview(link.Coverage.ToString().ToUpperInvariant(),
                    await grains.GetGrain<IAdministrativeUnitGrain>(new UnitKey(plan.Edition, link.CommuneCode).StorageKey).GetAsync() is { } old ? new UnitName(old.Code, old.Name) : null)))));
            var districtCodes = communes.OfType<UnitInfo>().Select(UnitLoader.DistrictOf).OfType<string>().Distinct().ToArray();
            var districtsTask = Task.WhenAll(districtCodes.Select(c => grains.GetGrain<IAdministrativeUnitGrain>(c).GetAsync()));
            // In catalog order, as GraphQL answers them.
            string[] communeIndicators = indicators is null ? [] : [.. IndicatorCatalog.Standard.Definitions.Select(d => d.Code).Where(indicators.Split(',').Contains)];
            var values = await Task.WhenAll(plan.Designations.Select(d => grains.GetGrain<IUnitIndicatorsGrain>(plan.KeyOf(d).StorageKey).GetValuesAsync(key, communeIndicators)));
            var districts = (await districtsTask).OfType<UnitInfo>().ToDictionary(d => d.Code);
            planOverview = new PlanOverview(
                GlobalId.Encode("ConversionPlan", IConversionPlanGrain.KeyFor(plan.ProvinceCode, plan.Year)), plan.DecisionNumber, plan.DecisionDate,
                [.. plan.Designations.Select((d, i) => new DesignationOverview(
                    d.Status.ToString().ToUpperInvariant(), d.CommuneCode, plan.KeyOf(d).Edition.Id, d.DesignatedFrom, ScreamingCase(d.Confirmation.ToString()),
                    [.. carriedFrom[i].Where(link => link.Commune is not null)],
                    communes[i] is { } commune
                        ? new CommuneOverview(commune.Code, commune.Name, commune.FullName,
                            UnitLoader.DistrictOf(commune) is { } code && districts.GetValueOrDefault(code) is { } district ? new UnitName(district.Code, district.Name) : null,
                            [.. values[i].Select(v => new CommuneValue(v.Indicator, v.Value, v.ChangeFromPreviousYear))])
                        : null))]);
        }

        return TypedResults.Ok(new OverviewResponse(new ProvinceOverview(
            GlobalId.Encode("Province", province.Code), province.Code, province.Name, await totals, planOverview)));
    }

    public sealed record OverviewResponse(ProvinceOverview? Province);

    public sealed record ProvinceOverview(string Id, string Code, string Name, IReadOnlyList<IndicatorValueInfo> Indicators, PlanOverview? ConversionPlan);

    public sealed record PlanOverview(string Id, string DecisionNumber, string DecisionDate, IReadOnlyList<DesignationOverview> Designations);

    public sealed record DesignationOverview(
        string Status, string CommuneCode, string Edition, string? DesignatedFrom, string Confirmation, IReadOnlyList<CarriedFromOverview> CarriedFrom, CommuneOverview? Commune);

    public sealed record CarriedFromOverview(string Coverage, UnitName? Commune);

    /// <summary>An enum value as GraphQL names it: NotNeeded → NOT_NEEDED.</summary>
    private static string ScreamingCase(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));

    public sealed record CommuneOverview(string Code, string Name, string FullName, UnitName? District, IReadOnlyList<CommuneValue> Indicators);

    public sealed record UnitName(string Code, string Name);

    public sealed record CommuneValue(string Indicator, long? Value, double? ChangeFromPreviousYear);
}
