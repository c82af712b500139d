using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;
using ChuyenHoa.Security;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Dataset;

/// <param name="DistrictCode">The commune's parent: its district on the three-level list, its province on the two-level one.</param>
public sealed record CommuneData(string Code, string DistrictCode, string ProvinceCode, IReadOnlyList<ReportInput> Reports, bool HasProposal)
{
    public ReportInput LastReport => Reports[^1];
}

public sealed record ProvinceData(string Code, string Name, int PlanYear, IReadOnlyList<CommuneData> Communes)
{
    public Caller Committee => new($"bench-province-{Code}", $"Văn phòng Ban Chỉ đạo 138 tỉnh {Name}", [Roles.ProvinceCommittee], Code, null);

    public CreatePlanInput Plan => new(
        PlanYear, "138/QĐ-UBND", $"{PlanYear}-01-16", $"Ủy ban nhân dân tỉnh {Name}", [.. Communes.Select(c => c.Code)],
        [new CriterionInput(CriminalCases, RemovalCriterionKind.AtMost, 30), new CriterionInput(LegalEducationSessions, RemovalCriterionKind.AtLeast, 12)]);
}

/// <summary>
/// The benchmark data: provinces of one edition (2024 unless the shape says 2025), each with a plan naming its communes and, for every named
/// commune, monthly reports whose values are pseudo-random but fixed by the commune's code (the same on every run and
/// machine: see <see cref="Digest"/>) and pass the report rules: whole numbers, and persons under management = previous + added − released.
/// </summary>
public sealed class NationalDataset(DatasetShape shape)
{
    private const int Seed = 138;

    public DatasetShape Shape => shape;

    public IReadOnlyList<ProvinceData> Provinces { get; } = [.. shape.ProvinceCodes.Select(code => Province(shape, code))];

    public int CommuneCount => Provinces.Sum(p => p.Communes.Count);

    public int ReportCount => Provinces.Sum(p => p.Communes.Sum(c => c.Reports.Count));

    public ProvinceData this[string provinceCode] => Provinces.Single(p => p.Code == provinceCode);

    /// <summary>
    /// SHA-256 (first 16 hex digits) of every commune's reports and proposal, in load order: two runs with the same
    /// digest loaded the same data, whatever process or machine they ran on.
    /// </summary>
    public string Digest()
    {
        var text = new System.Text.StringBuilder();
        foreach (var commune in Provinces.SelectMany(p => p.Communes))
        {
            text.Append(commune.Code).Append(commune.HasProposal ? " proposal" : "").Append('\n');
            foreach (var report in commune.Reports)
            {
                text.Append(report.Period);
                foreach (var value in report.Values)
                {
                    text.Append(' ').Append(value.Indicator).Append('=').Append(value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>The reports of one commune, earliest first, ending in December of <paramref name="planYear"/>.</summary>
    public static IReadOnlyList<ReportInput> Reports(string communeCode, int months, int planYear)
    {
        // A seeded Random gives the same sequence everywhere (.NET keeps its seeded algorithm unchanged for this), so the
        // seed must be the same everywhere too: a stable hash, not HashCode, which .NET seeds differently in each process.
        var random = new Random(unchecked((int)Fnv1a.Hash($"{Seed}/{communeCode}")));
        var first = (planYear * 12) + 12 - months;
        long managed = random.Next(10, 90);
        long cameras = random.Next(5, 200);
        long groups = random.Next(5, 40);
        long teams = random.Next(2, 20);
        long mediation = random.Next(2, 12);
        var reports = new List<ReportInput>(months);
        for (var i = 0; i < months; i++)
        {
            long added = random.Next(0, 4);
            long released = Math.Min(managed + added, random.Next(0, 4));
            managed += added - released;
            cameras += random.Next(0, 3);
            reports.Add(new ReportInput(Period.ForMonth((first + i) / 12, ((first + i) % 12) + 1).ToString(), [
                new(ManagedPersonsAdded, added),
                new(ManagedPersonsReleased, released),
                new(ManagedPersonsCurrent, managed),
                new(DenunciationHouseholds, random.Next(0, 40)),
                new(SecurityCameras, cameras),
                new(CriminalCases, random.Next(0, 5)),
                new(CrimeReportsTransferred, random.Next(0, 4)),
                new(LegalEducationSessions, random.Next(0, 7)),
                new(SelfGoverningGroups, groups),
                new(PeoplesSecurityTeams, teams),
                new(MediationTeams, mediation),
            ]));
        }

        return reports;
    }

    private static ProvinceData Province(DatasetShape shape, string code)
    {
        var catalog = shape.Catalog;
        var communes = catalog.Subtree(code).Where(u => u.Level == UnitLevel.Commune).OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
        if (shape.CommunesPerProvince > 0)
        {
            communes = communes.Take(shape.CommunesPerProvince).ToArray();
        }

        return new ProvinceData(code, catalog.Get(code).Name, shape.PlanYear, [.. communes.Select((c, i) =>
            new CommuneData(c.Code, c.ParentCode!, code, Reports(c.Code, shape.Months, shape.PlanYear), i % shape.ProposalEvery == shape.ProposalEvery - 1))]);
    }
}
