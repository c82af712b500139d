using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;

namespace ChuyenHoa.Api.Tests.Authorization;

/// <summary>
/// One host for the authorization matrices: the reference case, a proposal of Thuận Châu (district 119) that its
/// district has withdrawn, and in Lai Châu (12) a plan of two communes (districts 105 and 106), a report and a
/// proposal of district 105, so both provinces and several districts hold data a caller could leak.
/// </summary>
public sealed class MatrixHost : ApiHostFixture
{
    public Guid WithdrawnProposalId { get; private set; }

    /// <summary>The nested matrix asks for every path at once, far past the size and cost a client may ask for: limits are not what it tests.</summary>
    protected override Dictionary<string, string?> Settings => new()
    {
        ["ChuyenHoa:GraphQL:MaxComplexity"] = "2000000000",
        ["ChuyenHoa:GraphQL:MaxTokens"] = "10000000",
        ["ChuyenHoa:GraphQL:MaxFields"] = "10000000",
        ["ChuyenHoa:GraphQL:MaxAliases"] = "10000000",
        ["ChuyenHoa:GraphQL:MaxFragments"] = "10000000",
        ["ChuyenHoa:RateLimiting:QueryCostPerWindow"] = "1e15",
    };

    public Guid LaiChauProposalId { get; private set; }

    /// <summary>The designated communes of Lai Châu's plan: one of district 105, one of district 106.</summary>
    public IReadOnlyList<string> LaiChauCommunes { get; private set; } = [];

    /// <summary>Every unit of both provinces, by code.</summary>
    public IReadOnlyDictionary<string, UnitInfo> Units { get; private set; } = new Dictionary<string, UnitInfo>();

    protected override async Task SeedAsync(IGrainFactory grains)
    {
        var thuanChau = ReferenceCaseLoader.DistrictCommittee("119");
        var submitted = await grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(thuanChau, 2023, new ProposalInput(
            "03772", "2023-11-20", "Chủ tịch UBND huyện", 30, "Hội nghị tổng kết", "Đề nghị đưa ra khỏi diện chuyển hóa",
            ProposalEvidence.LetterAndMinutes("03772", "2023-11-20")), "matrix-withdrawn");
        WithdrawnProposalId = submitted.Value!.Id;
        await grains.GetGrain<IRemovalProposalGrain>(WithdrawnProposalId).ActAsync(thuanChau, ProposalAction.Withdraw, null);

        var units = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        var frontier = new List<string> { "14", "12" };
        while (frontier.Count > 0)
        {
            var found = await Task.WhenAll(frontier.Select(code => grains.GetGrain<IAdministrativeUnitGrain>(code).GetAsync()));
            foreach (var unit in found.OfType<UnitInfo>())
            {
                units[unit.Code] = unit;
            }

            frontier = [.. found.OfType<UnitInfo>().SelectMany(u => u.ChildCodes)];
        }

        Units = units;
        LaiChauCommunes = [units["105"].ChildCodes[0], units["106"].ChildCodes[0]];
        var laiChau = new Caller("matrix-province-12", "Ban Chỉ đạo 138 tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null);
        var muongTe = new Caller("matrix-district-105", "Ban Chỉ đạo 138 huyện Mường Tè", [Roles.DistrictCommittee], "12", "105");
        ReferenceCaseLoader.EnsureSucceeded(
            await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor("12", 2023)).CreateAsync(
                laiChau, new CreatePlanInput(2023, "99/QĐ-UBND", "2023-03-01", "UBND tỉnh Lai Châu", LaiChauCommunes, []), "matrix-plan-12"),
            "kế hoạch của Lai Châu");
        ReferenceCaseLoader.EnsureSucceeded(
            await grains.GetGrain<IUnitIndicatorsGrain>(LaiChauCommunes[0]).RecordReportAsync(muongTe, new ReportInput("2023-10", [new IndicatorInput("criminal_cases", 2)])),
            "báo cáo của Mường Tè");
        LaiChauProposalId = ReferenceCaseLoader.EnsureSucceeded(
            await grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(muongTe, 2023, new ProposalInput(
                LaiChauCommunes[0], "2023-11-20", "Chủ tịch UBND huyện", 25, "Hội nghị tổng kết", "Đề nghị đưa ra khỏi diện chuyển hóa",
                ProposalEvidence.LetterAndMinutes(LaiChauCommunes[0], "2023-11-20")), "matrix-12"),
            "đề xuất của Mường Tè").Id;
    }
}

/// <summary>
/// The callers of the matrices: every role of Sơn La (14) and Lai Châu (12), with two districts of each, and the provincial
/// police of both. <see cref="CommuneCommittees"/> (of Chiềng Khoang, of a Lai Châu commune) are in the root matrix only: both
/// provinces are on the three-level edition here, where a commune committee reads its own commune and acts on nothing.
/// </summary>
public static class MatrixCallers
{
    public static readonly TheoryData<string> All = new()
    {
        "province-14", "district-14-118", "district-14-119", "analyst-14", "admin-14", "police-14",
        "province-12", "district-12-105", "district-12-106", "analyst-12", "admin-12", "police-12",
    };

    public static readonly TheoryData<string> CommuneCommittees = new() { "commune-14-03718", "commune-12-03386" };

    public static readonly IReadOnlyDictionary<string, (string Role, string Province, string? District, string? Commune)> Scopes =
        new Dictionary<string, (string, string, string?, string?)>
        {
            ["province-14"] = (Roles.ProvinceCommittee, "14", null, null),
            ["district-14-118"] = (Roles.DistrictCommittee, "14", "118", null),
            ["district-14-119"] = (Roles.DistrictCommittee, "14", "119", null),
            ["analyst-14"] = (Roles.Analyst, "14", null, null),
            ["admin-14"] = (Roles.PlatformAdmin, "14", null, null),
            ["police-14"] = (Roles.ProvincePolice, "14", null, null),
            ["commune-14-03718"] = (Roles.CommuneCommittee, "14", null, "03718"),
            ["province-12"] = (Roles.ProvinceCommittee, "12", null, null),
            ["district-12-105"] = (Roles.DistrictCommittee, "12", "105", null),
            ["district-12-106"] = (Roles.DistrictCommittee, "12", "106", null),
            ["analyst-12"] = (Roles.Analyst, "12", null, null),
            ["admin-12"] = (Roles.PlatformAdmin, "12", null, null),
            ["police-12"] = (Roles.ProvincePolice, "12", null, null),
            ["commune-12-03386"] = (Roles.CommuneCommittee, "12", null, "03386"),
        };
}

[CollectionDefinition(Name)]
public sealed class AuthorizationMatrixCollection : ICollectionFixture<MatrixHost>
{
    public const string Name = "Authorization matrix";
}
