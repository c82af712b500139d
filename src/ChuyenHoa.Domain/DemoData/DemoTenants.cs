namespace ChuyenHoa.DemoData;

/// <summary>The provinces the platform's demo runs with: 14 Sơn La (the reference case) and its neighbour 12 Lai Châu.</summary>
public static class DemoTenants
{
    public static IReadOnlyList<string> ProvinceCodes { get; } = [ReferenceCase.ProvinceCode, "12"];
}
