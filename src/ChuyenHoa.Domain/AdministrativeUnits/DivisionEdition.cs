namespace ChuyenHoa.AdministrativeUnits;

/// <summary>A structure of administrative units in force over a span of time.</summary>
public sealed record DivisionEdition(string Id, string Description, DateOnly ValidFrom, DateOnly? ValidUntil, IReadOnlyList<UnitLevel> Levels)
{
    /// <summary>Province, district and commune, in force until 30 Jun 2025 (GSO list of 01/03/2025).</summary>
    public static readonly DivisionEdition ThreeLevel2024 = new(
        "2024", "Ba cấp (tỉnh, huyện, xã), hiệu lực đến 30/6/2025", new DateOnly(2020, 1, 1), new DateOnly(2025, 6, 30),
        [UnitLevel.Province, UnitLevel.District, UnitLevel.Commune]);

    /// <summary>Province and commune, in force from 1 Jul 2025.</summary>
    public static readonly DivisionEdition TwoLevel2025 = new(
        "2025", "Hai cấp (tỉnh, xã), hiệu lực từ 1/7/2025", new DateOnly(2025, 7, 1), null,
        [UnitLevel.Province, UnitLevel.Commune]);

    public static IReadOnlyList<DivisionEdition> All { get; } = [ThreeLevel2024, TwoLevel2025];

    public static DivisionEdition? Find(string id) => All.FirstOrDefault(e => e.Id == id);

    /// <summary>The edition in force on <paramref name="date"/>; null before the first one.</summary>
    public static DivisionEdition? InForceOn(DateOnly date) => All.FirstOrDefault(e => e.IsInForceOn(date));

    /// <summary>Whether <paramref name="date"/> lies between <see cref="ValidFrom"/> and <see cref="ValidUntil"/>, both included.</summary>
    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidUntil is not { } until || date <= until);
}
