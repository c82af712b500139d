namespace ChuyenHoa.Security;

/// <summary>The roles of DOMAIN.md, as they appear in tokens.</summary>
public static class Roles
{
    /// <summary>Reads everything of its province; creates plans and criteria; approves, rejects, returns proposals.</summary>
    public const string ProvinceCommittee = "Province.Committee";

    /// <summary>Reads its district; submits indicator reports for its communes; submits and withdraws proposals.</summary>
    public const string DistrictCommittee = "District.Committee";

    /// <summary>Reads all indicators, roll-ups and proposals of its province; writes nothing.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Onboards a province tenant and its administrative units; reads no province's data.</summary>
    public const string PlatformAdmin = "Platform.Admin";

    /// <summary>A commune's steering committee (since 1 Jul 2025): reads its commune; reports its indicators; submits and withdraws its proposals.</summary>
    public const string CommuneCommittee = "Commune.Committee";

    /// <summary>The provincial police (since 1 Jul 2025): reads its province's proposals and indicators; reviews proposals (endorses or returns).</summary>
    public const string ProvincePolice = "Province.Police";

    /// <summary>Who holds a role, as people read it in messages ("Công an tỉnh").</summary>
    public static string Describe(string role) => role switch
    {
        ProvinceCommittee => "Ban Chỉ đạo tỉnh",
        DistrictCommittee => "Ban Chỉ đạo huyện",
        CommuneCommittee => "Ban Chỉ đạo xã",
        ProvincePolice => "Công an tỉnh",
        Analyst => "cán bộ phân tích",
        PlatformAdmin => "quản trị nền tảng",
        _ => role,
    };

    public static IReadOnlyList<string> All { get; } = [ProvinceCommittee, DistrictCommittee, Analyst, PlatformAdmin, CommuneCommittee, ProvincePolice];
}
