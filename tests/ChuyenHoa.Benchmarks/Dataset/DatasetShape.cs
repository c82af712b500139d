using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Benchmarks.Dataset;

/// <summary>How much of the country a run loads.</summary>
/// <param name="ProvinceCodes">Provinces onboarded as tenants, in load order.</param>
/// <param name="CommunesPerProvince">Communes named in each province's plan and reported on; 0 for all of them.</param>
/// <param name="Months">Monthly reports per commune, ending in December of <see cref="PlanYear"/>.</param>
/// <param name="ProposalEvery">Every n-th commune of a province gets a removal proposal.</param>
public sealed record DatasetShape(IReadOnlyList<string> ProvinceCodes, int CommunesPerProvince, int Months, int ProposalEvery)
{
    public const int PlanYear = 2023;

    /// <summary>Sơn La, the province of the reference case, is loaded first and measured alone.</summary>
    public const string FirstProvince = "14";

    public static AdministrativeUnitCatalog Catalog => AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);

    /// <summary>All 63 provinces, every commune, 36 months, a proposal for one commune in 20.</summary>
    public static DatasetShape National { get; } = new(
        [FirstProvince, .. Catalog.Provinces.Select(p => p.Code).Where(c => c != FirstProvince)], 0, 36, 20);

    /// <summary>Two provinces, six communes each: every scenario runs in seconds.</summary>
    public static DatasetShape Smoke { get; } = new([FirstProvince, "12"], 6, 36, 3);
}
