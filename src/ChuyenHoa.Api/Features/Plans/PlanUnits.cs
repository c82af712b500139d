using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>The units a plan names are of the edition in force when it was decided: a plan of 2026 names 2025-edition communes.</summary>
public static class PlanUnits
{
    /// <summary>The identity of a unit the plan names by <paramref name="code"/> (a commune, or the plan's province).</summary>
    public static UnitKey KeyOf(PlanInfo plan, string code) => new(plan.Edition, code);

    /// <summary>Every commune the plan designates, its own and those it carried over to, except successors the province declined.</summary>
    public static IEnumerable<UnitKey> Communes(PlanInfo plan) =>
        plan.Designations.Where(d => d.Confirmation != CarryOverConfirmation.Declined).Select(plan.KeyOf);
}
