using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.DemoData;

/// <summary>
/// The provinces the platform's demo runs with, and the lists of units each is onboarded on: 14 Sơn La (the reference case
/// on the three-level list, then the two-level demo), its neighbour 12 Lai Châu, and 08 Tuyên Quang, formed on 1 July 2025
/// from old 08 Tuyên Quang and 02 Hà Giang, whose history it reads.
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
