using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Grains.Conversion;

internal static class ApprovalChains
{
    /// <summary>
    /// The chain a new proposal of <paramref name="provinceCode"/> takes: the default of the edition its province (tenant) was
    /// onboarded on, two-level for 2025. A province not onboarded has no edition to go by, and proposals were three-level before chains.
    /// </summary>
    public static async Task<ApprovalChain> DefaultForProvinceAsync(this IGrainFactory grains, string provinceCode) =>
        await grains.GetGrain<ITenantGrain>(provinceCode).GetAsync() is { } tenant && DivisionEdition.Find(tenant.EditionId) is { } edition
            ? ApprovalChain.DefaultFor(edition)
            : ApprovalChain.ThreeLevel;
}
