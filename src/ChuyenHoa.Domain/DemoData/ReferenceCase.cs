using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.DemoData;

/// <summary>
/// The reference case of DOMAIN.md (report of 17 Nov 2023, Chiềng Khoang, Quỳnh Nhai, Sơn La) and
/// four more designated communes of Sơn La with invented figures: the demo tenant's data.
/// </summary>
public static class ReferenceCase
{
    public const string ProvinceCode = "14";
    public const string DistrictCode = "118";
    public const string CommuneCode = "03718";
    public const int PlanYear = 2023;
    public const string PlanIssuedBy = "UBND tỉnh Sơn La";

    /// <summary>The number of the district's letter proposing the removal: invented, as the report gives none.</summary>
    public const string ProposalLetterNumber = "68/TTr-BCĐ";

    public const string ConferenceChair = "Lò Thanh Thủy, Phó Chủ tịch UBND huyện, Trưởng ban chỉ đạo";

    public const string DistrictAssessment =
        "Qua triển khai Kế hoạch chuyển hóa địa bàn trọng điểm, phức tạp về an ninh trật tự theo Quyết định số 314/QĐ-UBND "
        + "ngày 02/3/2023 của UBND tỉnh Sơn La, tình hình an ninh trật tự trên địa bàn xã Chiềng Khoang có chuyển biến rõ rệt: "
        + "đưa 26 người lầm lỗi vào diện quản lý, giáo dục, cảm hóa; đưa ra khỏi diện quản lý 20 người (có tiến bộ, bị bắt "
        + "hoặc vắng mặt tại địa phương); hiện đang quản lý 62 người; trên 1.600 hộ gia đình tham gia phát phiếu tố giác tội phạm; "
        + "lắp đặt 189 camera theo mô hình \"Camera an ninh\"; số vụ phạm pháp hình sự giảm 75% so với cùng kỳ năm trước; các nhóm "
        + "liên gia tự quản, tổ an ninh nhân dân, tổ hòa giải hoạt động hiệu quả; tin báo tội phạm được chuyển kịp thời đến cơ quan "
        + "chức năng. Ban Chỉ đạo 138 huyện Quỳnh Nhai đánh giá xã Chiềng Khoang không còn là địa bàn phức tạp về an ninh trật tự "
        + "và đề nghị Ban Chỉ đạo tỉnh đưa xã ra khỏi danh sách địa bàn trọng điểm, phức tạp cần chuyển hóa năm 2023.";

    /// <summary>Chiềng Khoang, January 2022 to October 2023.</summary>
    public static DemoCommune ChiengKhoang { get; } = DemoSeries.Build(ProvinceCode, new DemoProfile(
        DistrictCode, CommuneCode, IsDemo: false, ManagedPersonsEndOf2021: 52,
        Flows: new Dictionary<string, FlowTotals>
        {
            [ManagedPersonsAdded] = new(18, 4, 26),
            [ManagedPersonsReleased] = new(15, 3, 20),
            [DenunciationHouseholds] = new(1_020, 180, 1_612),
            [CriminalCases] = new(20, 4, 5),
            [CrimeReportsTransferred] = new(26, 5, 21),
            [LegalEducationSessions] = new(20, 4, 30),
        },
        Stocks: new Dictionary<string, StockLevels>
        {
            [SecurityCameras] = new(38, 95, 189),
            [SelfGoverningGroups] = new(20, 24, 31),
            [PeoplesSecurityTeams] = new(13, 15, 15),
            [MediationTeams] = new(13, 15, 15),
        }));

    /// <summary>Invented designations in four other districts, some meeting the criteria and some not.</summary>
    public static IReadOnlyList<DemoCommune> OtherCommunes { get; } =
    [
        Demo("119", "03772", managedEndOf2021: 41, added: new(12, 3, 15), released: new(10, 2, 13), households: new(700, 150, 1_180),
            criminalCases: new(14, 3, 9), cameras: new(20, 60, 160), teams: new(9, 11, 12)), // Tông Lạnh, Thuận Châu
        Demo("120", "03823", managedEndOf2021: 35, added: new(9, 2, 11), released: new(6, 1, 7), households: new(420, 90, 640),
            criminalCases: new(9, 2, 8), cameras: new(10, 35, 72), teams: new(7, 8, 8)), // Mường Trai, Mường La
        Demo("126", "04177", managedEndOf2021: 58, added: new(21, 5, 19), released: new(17, 4, 24), households: new(860, 170, 1_340),
            criminalCases: new(16, 3, 6), cameras: new(25, 70, 152), teams: new(12, 14, 16)), // Chiềng Phung, Sông Mã
        Demo("127", "04240", managedEndOf2021: 22, added: new(6, 1, 8), released: new(5, 1, 6), households: new(260, 40, 390),
            criminalCases: new(7, 1, 7), cameras: new(5, 18, 40), teams: new(5, 6, 6)), // Mường Lèo, Sốp Cộp
    ];

    public static IReadOnlyList<DemoCommune> Communes { get; } = [ChiengKhoang, .. OtherCommunes];

    /// <summary>Quyết định số 314/QĐ-UBND ngày 02/3/2023 of <see cref="PlanIssuedBy"/>, naming every demo commune.</summary>
    public static ConversionPlan Plan { get; } = ConversionPlanRules.Create(IndicatorCatalog.Standard, new ConversionPlanDraft(
        ProvinceCode, PlanYear, "314/QĐ-UBND", "2023-03-02",
        [.. Communes.Select(c => c.CommuneCode)],
        [
            new(CriminalCases, RemovalCriterionKind.ReductionFromPreviousYearAtLeast, 0.3m),
            new(SecurityCameras, RemovalCriterionKind.AtLeast, 150),
            new(DenunciationHouseholds, RemovalCriterionKind.AtLeast, 1_000),
            new(SelfGoverningGroups, RemovalCriterionKind.AtLeast, 1),
            new(PeoplesSecurityTeams, RemovalCriterionKind.AtLeast, 1),
            new(MediationTeams, RemovalCriterionKind.AtLeast, 1),
        ])).Value;

    public static ReviewConference Conference { get; } = new(
        new DateOnly(2023, 11, 17),
        ConferenceChair,
        Attendance: 52,
        Summary: "Hội nghị tổng kết công tác chuyển hóa địa bàn trọng điểm, phức tạp về an ninh trật tự xã Chiềng Khoang năm 2023; "
            + "thành phần gồm Ban Chỉ đạo 138 huyện, Đảng ủy, HĐND, UBND, Công an xã, các tổ công tác và trưởng bản.");

    /// <summary>The period the district reports on at the conference: the plan year, reported through October.</summary>
    public static Period AssessedPeriod { get; } = Period.ForYear(PlanYear);

    private static DemoCommune Demo(
        string districtCode, string communeCode, long managedEndOf2021, FlowTotals added, FlowTotals released,
        FlowTotals households, FlowTotals criminalCases, StockLevels cameras, StockLevels teams) =>
        DemoSeries.Build(ProvinceCode, new DemoProfile(
            districtCode, communeCode, IsDemo: true, managedEndOf2021,
            Flows: new Dictionary<string, FlowTotals>
            {
                [ManagedPersonsAdded] = added,
                [ManagedPersonsReleased] = released,
                [DenunciationHouseholds] = households,
                [CriminalCases] = criminalCases,
                [CrimeReportsTransferred] = new(criminalCases.JanToOct2022 + 4, criminalCases.NovToDec2022 + 1, criminalCases.JanToOct2023 + 3),
                [LegalEducationSessions] = new(12, 3, 18),
            },
            Stocks: new Dictionary<string, StockLevels>
            {
                [SecurityCameras] = cameras,
                [SelfGoverningGroups] = new(teams.EndOf2021 + 4, teams.EndOf2022 + 5, teams.October2023 + 6),
                [PeoplesSecurityTeams] = teams,
                [MediationTeams] = teams,
            }));
}
