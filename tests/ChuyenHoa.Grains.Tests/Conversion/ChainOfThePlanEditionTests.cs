using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>
/// Sơn La onboarded on both editions with the reference plan of 2023 (three-level) loaded: a proposal takes the chain of its
/// plan's edition, not of the province's newest one.
/// </summary>
public sealed class ChainOfThePlanEditionTests : IAsyncLifetime
{
    private static readonly Caller QuynhNhaiCommune = new("xa-03703", "Ban Chỉ đạo 138 Xã Quỳnh Nhai", [Roles.CommuneCommittee], "14", null, "03703");

    private GrainCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = await GrainCluster.StartAsync(await AzuriteFixture.SharedConnectionStringAsync());
        await _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await _cluster.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
        await ReferenceCaseLoader.LoadPlanAndReportsAsync(_cluster.Grains);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task On_the_2023_plan_the_district_committee_proposes_on_the_three_level_chain_and_a_commune_committee_of_the_same_code_cannot()
    {
        var byCommune = await SubmitAsync(QuynhNhaiCommune, ReferenceCase.CommuneCode, "k-xa");
        var byCommuneForOldCode = await SubmitAsync(QuynhNhaiCommune, "03703", "k-xa-2");
        var byDistrict = await SubmitAsync(ReferenceCaseLoader.DistrictCommittee(ReferenceCase.DistrictCode), ReferenceCase.CommuneCode, ReferenceCaseLoader.ProposalKey);

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(byCommune.Errors).Code);
        Assert.Contains(byCommuneForOldCode.Errors, e => e.Code is ErrorCodes.Forbidden or ErrorCodes.ValidationFailed);
        Assert.True(byDistrict.Succeeded, string.Join("; ", byDistrict.Errors.Select(e => e.Message)));
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], byDistrict.Value!.Chain!.Select(s => s.Role));
    }

    private Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, string commune, string key) => ReferenceCaseCluster.SubmitAsync(_cluster.Grains, caller, commune, key);
}
