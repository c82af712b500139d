using ChuyenHoa.Indicators;

namespace ChuyenHoa.DemoData;

/// <summary>
/// A designated commune of the demo tenant with its monthly reports, oldest first.
/// <paramref name="IsDemo"/> marks figures invented for demonstration; it is false only for the
/// reference case, whose monthly split is constructed but whose totals are those of the real report.
/// <paramref name="DistrictCode"/> is null for a commune of the two-level list (since 1 July 2025).
/// </summary>
public sealed record DemoCommune(
    string ProvinceCode,
    string? DistrictCode,
    string CommuneCode,
    bool IsDemo,
    IReadOnlyList<IndicatorReport> MonthlyReports);
