using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Security;

namespace ChuyenHoa.Benchmarks.Dataset;

/// <summary>How much of the country a run loads, and on which list of units.</summary>
/// <param name="ProvinceCodes">Provinces onboarded as tenants, in load order.</param>
/// <param name="CommunesPerProvince">Communes named in each province's plan and reported on; 0 for all of them.</param>
/// <param name="Months">Monthly reports per commune, ending in December of <see cref="PlanYear"/>.</param>
/// <param name="ProposalEvery">Every n-th commune of a province gets a removal proposal.</param>
public sealed record DatasetShape(IReadOnlyList<string> ProvinceCodes, int CommunesPerProvince, int Months, int ProposalEvery)
{
    /// <summary>Sơn La, the province of the reference case, is loaded first and measured alone (it keeps its code in both editions).</summary>
    public const string FirstProvince = "14";

    /// <summary>The list of units the provinces are onboarded on; the three-level one of 2024 unless said otherwise.</summary>
    public DivisionEdition Edition { get; init; } = DivisionEdition.ThreeLevel2024;

    /// <summary>
    /// The year of every province's plan: 2023 on the three-level list; 2026 on the two-level one, whose plans start in 2026
    /// (its months run from July 2025, when the list came into force).
    /// </summary>
    public int PlanYear => Edition == DivisionEdition.TwoLevel2025 ? 2026 : 2023;

    public AdministrativeUnitCatalog Catalog => AdministrativeUnitCatalog.For(Edition);

    /// <summary>All 63 provinces of 2024, every commune, 36 months, a proposal for one commune in 20.</summary>
    public static DatasetShape National { get; } = AllOf(DivisionEdition.ThreeLevel2024, 36);

    /// <summary>All 34 provinces of 2025, every commune, the 18 months from July 2025 to December 2026, a proposal for one commune in 20.</summary>
    public static DatasetShape National2025 { get; } = AllOf(DivisionEdition.TwoLevel2025, 18);

    /// <summary>Two provinces, six communes each: every scenario runs in seconds.</summary>
    public static DatasetShape Smoke { get; } = new([FirstProvince, "12"], 6, 36, 3);

    /// <summary>The smoke shape on the 2025 list.</summary>
    public static DatasetShape Smoke2025 { get; } = new([FirstProvince, "12"], 6, 18, 3) { Edition = DivisionEdition.TwoLevel2025 };

    /// <summary>The key of a unit's grains: a bare code on the 2024 list (as stored before editions), "2025:03703" on the 2025 one.</summary>
    public string KeyOf(string code) => new UnitKey(Edition, code).StorageKey;

    /// <summary>Who reports and proposes for a commune: its district's committee on the three-level list, its own committee on the two-level one.</summary>
    public Caller Reporter(CommuneData commune) => Edition == DivisionEdition.TwoLevel2025
        ? new($"bench-commune-{commune.Code}", $"Ban Chỉ đạo 138 xã mã {commune.Code}", [Roles.CommuneCommittee], commune.ProvinceCode, null, commune.Code)
        : new($"bench-district-{commune.DistrictCode}", $"Ban Chỉ đạo 138 huyện mã {commune.DistrictCode}", [Roles.DistrictCommittee], commune.ProvinceCode, commune.DistrictCode);

    private static DatasetShape AllOf(DivisionEdition edition, int months) => new(
        [FirstProvince, .. AdministrativeUnitCatalog.For(edition).Provinces.Select(p => p.Code).Where(c => c != FirstProvince)], 0, months, 20) { Edition = edition };
}
