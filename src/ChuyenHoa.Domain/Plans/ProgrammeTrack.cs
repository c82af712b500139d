using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Plans;

/// <summary>
/// A list a province keeps, each with its own decider (a commune may be on several). Stored in plans: append only.
/// </summary>
public enum ProgrammeTrack
{
    /// <summary>Areas complex in social order (phức tạp về trật tự an toàn xã hội): the province's list and decision, like Chiềng Khoang.</summary>
    SocialOrder,

    /// <summary>Key, complex areas in security and order (trọng điểm, phức tạp về an ninh trật tự): proposed by the province, decided by the Ministry of Public Security.</summary>
    SecurityKeyArea,

    /// <summary>Communes classified for drugs under Decision 28/2025/QĐ-TTg; leaving the list is recognition as drug-free.</summary>
    Drugs,
}

/// <summary>Who decides a track's list: the province itself, or the Ministry on the province's proposal.</summary>
public enum TrackDecider
{
    Province,
    Ministry,
}

/// <summary>What each track means: its decider, its words, the part of a plan's key that tells it, its designations' default type.</summary>
public static class ProgrammeTracks
{
    public static IReadOnlyList<ProgrammeTrack> All { get; } = Enum.GetValues<ProgrammeTrack>();

    public static TrackDecider DeciderOf(ProgrammeTrack track) => track == ProgrammeTrack.SecurityKeyArea ? TrackDecider.Ministry : TrackDecider.Province;

    /// <summary>
    /// The body whose decision a year-end decision of the track records when none is named: the Ministry, or the people's
    /// committee of the province as it was named on the decision's day ("UBND tỉnh Sơn La", "UBND thành phố Hà Nội").
    /// </summary>
    public static string DefaultIssuer(ProgrammeTrack track, string provinceCode, DateOnly decisionDate)
    {
        if (DeciderOf(track) == TrackDecider.Ministry)
        {
            return "Bộ Công an";
        }

        var province = AdministrativeUnitCatalog.For(DivisionEdition.InForceOn(decisionDate) ?? DivisionEdition.ThreeLevel2024).Find(provinceCode);
        return province is null ? $"UBND tỉnh {provinceCode}" : $"UBND {province.Kind.ToLowerInvariant()} {province.Name}";
    }

    public static string NameOf(ProgrammeTrack track) => track switch
    {
        ProgrammeTrack.SocialOrder => "Địa bàn phức tạp về trật tự an toàn xã hội",
        ProgrammeTrack.SecurityKeyArea => "Địa bàn trọng điểm, phức tạp về an ninh trật tự (Bộ Công an quyết định)",
        ProgrammeTrack.Drugs => "Xã trọng điểm về ma túy (Quyết định 28/2025/QĐ-TTg)",
        _ => throw new ArgumentOutOfRangeException(nameof(track), track, null),
    };

    /// <summary>
    /// The suffix of a plan's grain key: none for social order, whose plans were keyed <c>{province}-{year}</c> before tracks,
    /// so stored plans keep their keys.
    /// </summary>
    public static string? KeySuffixOf(ProgrammeTrack track) => track switch
    {
        ProgrammeTrack.SocialOrder => null,
        ProgrammeTrack.SecurityKeyArea => "security",
        ProgrammeTrack.Drugs => "drugs",
        _ => throw new ArgumentOutOfRangeException(nameof(track), track, null),
    };

    public static ProgrammeTrack? FromKeySuffix(string? suffix) =>
        suffix is null ? ProgrammeTrack.SocialOrder : All.Cast<ProgrammeTrack?>().FirstOrDefault(t => KeySuffixOf(t!.Value) == suffix);

    /// <summary>The type a designation has when the plan does not say: drugs on the drug track, social order otherwise.</summary>
    public static DesignationKind DefaultTypeOf(ProgrammeTrack track) => track == ProgrammeTrack.Drugs ? DesignationKind.Drugs : DesignationKind.SocialOrder;
}
