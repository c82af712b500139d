using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.DemoData;

/// <summary>
/// The provinces the platform's demo runs with, and the lists of units each is onboarded on: 14 Sơn La (the reference case
/// on the three-level list, then the two-level demo) and its neighbour 12 Lai Châu. A merged province (08 Tuyên Quang with
/// old 08 and 02) is onboarded by `onboard` or `onboardProvince` when wanted: loading its 475 units at every start made
/// the demo host too slow to become ready on a busy 2-core machine.
/// </summary>
public static class DemoTenants
{
    public static IReadOnlyList<(string ProvinceCode, DivisionEdition Edition)> Onboardings { get; } =
    [
        (ReferenceCase.ProvinceCode, DivisionEdition.ThreeLevel2024),
        (ReferenceCase.ProvinceCode, DivisionEdition.TwoLevel2025),
        ("12", DivisionEdition.ThreeLevel2024),
    ];

    public static IReadOnlyList<string> ProvinceCodes { get; } = [.. Onboardings.Select(o => o.ProvinceCode).Distinct()];
}
