using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// A plan with the programme's criteria (a ratio, a share of the population, an attested fact, 3 of 4 drug criteria) through
/// the API alone: the commune reports, attests and proposes, and the reviewer reads each evaluation's reasoning.
/// </summary>
public sealed class CriterionKindsThroughApiTests(TwoLevelHost api) : IClassFixture<TwoLevelHost>
{
    private const string CreatePlan = """
        mutation($criteria: [RemovalCriterionInput!]!) { createConversionPlan(input: { provinceCode: "14", year: 2026, decisionNumber: "15/QĐ-UBND",
          decisionDate: "2026-01-15", communeCodes: ["03703", "03646"], removalCriteria: $criteria }) {
          plan { removalCriteria { kind indicator denominator fact statement threshold description members { kind indicator description } } }
          errors { code field message } } }
        """;

    private const string Submit = """
        mutation($attestations: [AttestationInput!], $evidence: [EvidenceInput!]) { submitRemovalProposal(input: { communeCode: "03703", year: 2026, conferenceDate: "2026-11-20",
          assessment: "Xã Quỳnh Nhai không còn là địa bàn phức tạp về an ninh trật tự.", conferenceChair: "Chủ tịch UBND xã, Trưởng ban chỉ đạo",
          conferenceAttendance: 40, conferenceSummary: "Hội nghị tổng kết công tác chuyển hóa năm 2026", attestations: $attestations, evidence: $evidence }) {
          proposal { id } errors { code field message } } }
        """;

    private static readonly object[] Criteria =
    [
        new { kind = "RATIO_AT_LEAST", indicator = "cases_cleared", denominator = "criminal_cases", threshold = 0.8 },
        new { kind = "PER_POPULATION_AT_MOST", indicator = "drug_users", threshold = 0.005 },
        new { kind = "ATTESTED", fact = "no_organised_crime_gang", statement = "Không có băng, nhóm tội phạm hoạt động có tổ chức" },
        new
        {
            kind = "AT_LEAST_OF", threshold = 3,
            members = new object[]
            {
                new { kind = "AT_MOST", indicator = "drug_use_venues", threshold = 1 },
                new { kind = "PER_POPULATION_AT_MOST", indicator = "drug_offenders_arrested", threshold = 0.001 },
                new { kind = "RATIO_AT_LEAST", indicator = "crime_reports_handled", denominator = "crime_reports_received", threshold = 1 },
                new { kind = "ATTESTED", fact = "at_least_one_self_governing_model", statement = "Có ít nhất một mô hình tự quản" },
            },
        },
    ];

    [Fact]
    public async Task Ratio_population_attested_and_group_criteria_are_evaluated_on_the_frozen_figures_and_attestations_with_their_reasons()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14", name: "Ban Chỉ đạo 138 tỉnh Sơn La"));
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14", name: "Công an tỉnh Sơn La"));
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Xã Quỳnh Nhai", commune: "03703"));

        var created = (await province.PostAsync(CreatePlan, new { criteria = Criteria })).EnsureData()["createConversionPlan"]!;
        Assert.True(created["errors"]!.AsArray().Count == 0, created.ToJsonString());
        var planCriteria = created["plan"]!["removalCriteria"]!.AsArray();
        Assert.Equal(["RATIO_AT_LEAST", "PER_POPULATION_AT_MOST", "ATTESTED", "AT_LEAST_OF"], planCriteria.Select(c => (string)c!["kind"]!));
        Assert.Equal(("criminal_cases", "no_organised_crime_gang", 3.0), ((string?)planCriteria[0]!["denominator"], (string?)planCriteria[2]!["fact"], (double)planCriteria[3]!["threshold"]!));
        Assert.Null((string?)planCriteria[2]!["indicator"]);
        Assert.Equal(["AT_MOST", "PER_POPULATION_AT_MOST", "RATIO_AT_LEAST", "ATTESTED"], planCriteria[3]!["members"]!.AsArray().Select(m => (string)m!["kind"]!));
        Assert.StartsWith("Đạt ít nhất 3 trong 4 tiêu chí: Số tụ điểm, điểm phức tạp về ma túy không quá 1; ", (string?)planCriteria[3]!["description"]);
        // The same plan again, its group included, is the plan, not a second one.
        var again = (await province.PostAsync(CreatePlan, new { criteria = Criteria })).EnsureData()["createConversionPlan"]!;
        Assert.Equal((0, planCriteria.ToJsonString()), (again["errors"]!.AsArray().Count, again["plan"]!["removalCriteria"]!.ToJsonString()));

        // The population once, in March; the flows in two months; the stocks at their latest month.
        await ReportAsync(commune, "2026-03", ("population", 8_240), ("criminal_cases", 10), ("cases_cleared", 8));
        await ReportAsync(commune, "2026-10", ("criminal_cases", 10), ("cases_cleared", 9), ("drug_users", 30), ("drug_use_venues", 2),
            ("drug_offenders_arrested", 5), ("crime_reports_received", 12), ("crime_reports_handled", 12));

        var refused = (await commune.PostAsync(Submit, new
        {
            evidence = EvidenceVariables.LetterAndMinutes("03703", "2026-11-20"),
            attestations = new object[] { new { fact = "no_organised_crime_gang", holds = true }, new { fact = "no_gangs", holds = true }, new { fact = "no_organised_crime_gang", holds = false } },
        })).EnsureData()["submitRemovalProposal"]!;
        Assert.Null(refused["proposal"]);
        Assert.Equal(["attestations[1].fact", "attestations[2].fact"], refused["errors"]!.AsArray().Select(e => (string)e!["field"]!));
        Assert.Contains("chỉ xác nhận các sự việc kế hoạch nêu: no_organised_crime_gang, at_least_one_self_governing_model", (string?)refused["errors"]![0]!["message"]);

        var submitted = (await commune.PostAsync(Submit, new
        {
            evidence = EvidenceVariables.LetterAndMinutes("03703", "2026-11-20"),
            attestations = new object[]
            {
                new { fact = "no_organised_crime_gang", holds = true, note = "Theo báo cáo của Công an xã ngày 10/11/2026" },
                new { fact = "at_least_one_self_governing_model", holds = true },
            },
        })).EnsureData()["submitRemovalProposal"]!;
        Assert.True(submitted["errors"]!.AsArray().Count == 0, submitted.ToJsonString());

        var id = (string)submitted["proposal"]!["id"]!;
        var snapshot = (await police.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on RemovalProposal { snapshot { allCriteriaMet attestations { fact holds note }
              criteria { kind indicator denominator fact actual denominatorValue met explanation attestation { holds note }
                members { kind indicator actual denominatorValue met explanation attestation { holds } } } } } } }
            """, new { id })).EnsureData()["node"]!["snapshot"]!;
        var criteria = snapshot["criteria"]!.AsArray();

        Assert.True((bool)snapshot["allCriteriaMet"]!);
        Assert.Equal([("no_organised_crime_gang", true), ("at_least_one_self_governing_model", true)],
            snapshot["attestations"]!.AsArray().Select(a => ((string)a!["fact"]!, (bool)a["holds"]!)));
        Assert.Equal((17.0, 20.0), ((double)criteria[0]!["actual"]!, (double)criteria[0]!["denominatorValue"]!));
        Assert.Equal(
            "Đạt: \"Số vụ phạm pháp hình sự đã điều tra, khám phá\" kỳ 2026 là 17, \"Số vụ phạm pháp hình sự\" là 20, tỉ lệ 85%; "
            + "yêu cầu: Tỉ lệ \"Số vụ phạm pháp hình sự đã điều tra, khám phá\" trên \"Số vụ phạm pháp hình sự\" đạt ít nhất 80%.",
            (string?)criteria[0]!["explanation"]);
        Assert.Equal(
            "Đạt: Số người sử dụng trái phép chất ma túy, người nghiện kỳ 2026 là 30, dân số 8.240, bằng 0,4% dân số; "
            + "yêu cầu: Số người sử dụng trái phép chất ma túy, người nghiện không quá 0,5% dân số.",
            (string?)criteria[1]!["explanation"]);
        Assert.Equal(
            "Đạt: đề xuất xác nhận \"Không có băng, nhóm tội phạm hoạt động có tổ chức\". Ghi chú: Theo báo cáo của Công an xã ngày 10/11/2026",
            (string?)criteria[2]!["explanation"]);
        Assert.Equal((true, "Theo báo cáo của Công an xã ngày 10/11/2026"), ((bool)criteria[2]!["attestation"]!["holds"]!, (string?)criteria[2]!["attestation"]!["note"]));

        var group = criteria[3]!;
        Assert.Equal((true, "Đạt: đạt 3 trong 4 tiêu chí, yêu cầu ít nhất 3."), ((bool)group["met"]!, (string?)group["explanation"]));
        var members = group["members"]!.AsArray();
        Assert.Equal([false, true, true, true], members.Select(m => (bool)m!["met"]!));
        Assert.Equal("Chưa đạt: Số tụ điểm, điểm phức tạp về ma túy kỳ 2026 là 2; yêu cầu: Số tụ điểm, điểm phức tạp về ma túy không quá 1.", (string?)members[0]!["explanation"]);
        Assert.Contains("kỳ 2026 là 5, dân số 8.240, bằng 0,06% dân số;", (string?)members[1]!["explanation"]);
        Assert.Equal((12.0, 12.0), ((double)members[2]!["actual"]!, (double)members[2]!["denominatorValue"]!));
        Assert.True((bool)members[3]!["attestation"]!["holds"]!);

        // What the dashboard's review reads: the list, with each criterion's kind, then this proposal's reasoning alone.
        var listed = (await PersistedDocuments.RunAsync(police, "ProposalsForReview", new { provinceCode = "14" }))["removalProposals"]!["items"]![0]!["snapshot"]!;
        var reasoning = (await PersistedDocuments.RunAsync(police, "ProposalReasoning", new { id }))["node"]!["snapshot"]!;
        Assert.Equal(["RATIO_AT_LEAST", "PER_POPULATION_AT_MOST", "ATTESTED", "AT_LEAST_OF"], listed["criteria"]!.AsArray().Select(c => (string)c!["kind"]!));
        Assert.Equal(members.Select(m => (string)m!["explanation"]!), reasoning["criteria"]![3]!["members"]!.AsArray().Select(m => (string)m!["explanation"]!));
        Assert.Equal("Có ít nhất một mô hình tự quản", (string?)reasoning["criteria"]![3]!["members"]![3]!["statement"]);
        Assert.Equal(2, reasoning["attestations"]!.AsArray().Count);
    }

    [Fact]
    public async Task Criteria_a_province_may_not_set_are_refused_naming_each_field_and_no_plan_is_created()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14"));
        object[] criteria =
        [
            new { kind = "ATTESTED", fact = "no_organised_crime_gang", statement = "Không có băng, nhóm tội phạm hoạt động có tổ chức" },
            new { kind = "RATIO_AT_LEAST", indicator = "cases_cleared", threshold = 0.8 },
            new { kind = "PER_POPULATION_AT_MOST", indicator = "drug_users", threshold = 5 },
            new { kind = "AT_LEAST_OF", threshold = 2, members = new object[] { new { kind = "AT_MOST", indicator = "drug_use_venues", threshold = 1 }, new { kind = "AT_LEAST_OF", threshold = 1 } } },
        ];

        var refused = (await province.PostAsync(CreatePlan.Replace("year: 2026", "year: 2027").Replace("2026-01-15", "2027-01-15"), new { criteria }))
            .EnsureData()["createConversionPlan"]!;
        var withoutThreshold = (await province.PostAsync(CreatePlan, new
        {
            criteria = new object[] { new { kind = "AT_LEAST", indicator = "security_cameras" }, new { kind = "AT_LEAST_OF", threshold = 1, members = new object[] { new { kind = "RATIO_AT_MOST", indicator = "cases_cleared", denominator = "criminal_cases" } } } },
        })).EnsureData()["createConversionPlan"]!;

        Assert.Null(refused["plan"]);
        Assert.Equal(["removalCriteria[1].denominator", "removalCriteria[2].threshold", "removalCriteria[3].members[1].kind"],
            refused["errors"]!.AsArray().Select(e => (string)e!["field"]!));
        Assert.Equal("Tiêu chí 2: chưa chọn mẫu số.", (string?)refused["errors"]![0]!["message"]);
        Assert.Equal(["removalCriteria[0].threshold", "removalCriteria[1].members[0].threshold"], withoutThreshold["errors"]!.AsArray().Select(e => (string)e!["field"]!));
        Assert.StartsWith("Tiêu chí 2, tiêu chí thành phần 1: chưa có ngưỡng;", (string?)withoutThreshold["errors"]![1]!["message"]);
        Assert.Null((await province.PostAsync("""{ province(code: "14", edition: "2025") { conversionPlan(year: 2027) { year } } }""")).EnsureData()["province"]!["conversionPlan"]);
    }

    /// <summary>A persisted document of the API run by its hash, as the dashboard sends it.</summary>

    private static async Task ReportAsync(GraphQLClient commune, string period, params (string Indicator, long Value)[] values)
    {
        var payload = (await commune.PostAsync("""
            mutation($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { errors { code field message } } }
            """, new { input = new { communeCode = "03703", period, values = values.Select(v => new { indicator = v.Indicator, value = v.Value }) } }))
            .EnsureData()["submitIndicatorReport"]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
    }
}
