using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.DemoData;

/// <summary>
/// The provinces the platform's demo runs with, and the lists of units each is onboarded on: 14 Sơn La (the reference case
/// on the three-level list, then the two-level demo), its neighbour 12 Lai Châu, and a merged province, 08 Tuyên Quang of
/// the two-level list, with the two old provinces it was made from on the three-level list (old 08 Tuyên Quang and 02 Hà
/// Giang), whose history its committee reads.
/// </summary>
public static class DemoTenants
{
    public static IReadOnlyList<(string ProvinceCode, DivisionEdition Edition)> Onboardings { get; } =
    [
        (ReferenceCase.ProvinceCode, DivisionEdition.ThreeLevel2024),
        (ReferenceCase.ProvinceCode, DivisionEdition.TwoLevel2025),
        ("12", DivisionEdition.ThreeLevel2024),
        ("08", DivisionEdition.ThreeLevel2024),
        ("02", DivisionEdition.ThreeLevel2024),
        ("08", DivisionEdition.TwoLevel2025),
    ];

    public static IReadOnlyList<string> ProvinceCodes { get; } = [.. Onboardings.Select(o => o.ProvinceCode).Distinct()];
}
