using System.Text.Json.Nodes;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// Years of the programme's tracks in Sơn La (two levels), end to end through the API: the drug track designated with types,
/// reported, proposed, decided in one decision, then a removed commune watched under monitoring and designated again; and the
/// security track, whose year the Ministry decides. The plan year is the one whose
/// November has begun, so the monitoring window (from 1 November, 12 months) holds today whatever day the suite runs.
/// </summary>
public sealed class ProgrammeYearThroughApiTests(TwoLevelHost api) : IClassFixture<TwoLevelHost>
{
    private static readonly int Year = DateTime.UtcNow.Month >= 11 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;

    private static readonly string DecisionDate = $"{Year}-11-01";

    private const string PlanFields = """
        id track trackName decider monitoringMonths draftedFrom decisionNumber
        designations { communeCode status types removedFrom relapsedOn designatedAgainFrom proposal { id status } }
        yearEndDecision { decisionNumber decisionDate signer issuedBy removed continuing newlyDesignated proposalIds nextPlanYear applied }
        programmeTargets { designated converted relapsed convertedShare conversionGoalMet nonRelapseShare }
        monitoring { communeCode from until active monthsReported breached designatedAgain criteria { met explanation } }
        """;

    [Fact]
    public async Task A_drug_track_year_is_designated_decided_in_one_decision_and_a_relapsing_commune_designated_again()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14", name: "Ban Chỉ đạo 138 tỉnh Sơn La"));
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14", name: "Công an tỉnh Sơn La"));
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Xã Quỳnh Nhai", commune: "03703"));

        var created = (await province.PostAsync($$"""
            mutation { createConversionPlan(input: { provinceCode: "14", year: {{Year}}, track: DRUGS, decisionNumber: "20/QĐ-UBND", decisionDate: "{{Year}}-01-20",
              communeCodes: ["03703", "03646"], monitoringMonths: 12,
              designationTypes: [{ communeCode: "03703", types: [DRUGS, SOCIAL_ORDER, ENVIRONMENT] }],
              removalCriteria: [{ indicator: "security_cameras", kind: AT_LEAST, threshold: 30 }] }) { plan { {{PlanFields}} } errors { code message field } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.Empty(created["errors"]!.AsArray());
        var plan = created["plan"]!;
        Assert.Equal(("DRUGS", "PROVINCE", 12), ((string?)plan["track"], (string?)plan["decider"], (int)plan["monitoringMonths"]!));
        Assert.Equal(["SOCIAL_ORDER", "ENVIRONMENT", "DRUGS"], Strings(plan["designations"]![0]!["types"]));
        Assert.Equal(["DRUGS"], Strings(plan["designations"]![1]!["types"]));
        // The social-order list of the year is another plan.
        Assert.Null((await province.PostAsync($"{{ conversionPlan(provinceCode: \"14\", year: {Year}) {{ id }} }}")).EnsureData()["conversionPlan"]);

        Assert.Empty(await ReportAsync(commune, $"{Year}-10", 42));
        var submitted = (await commune.PostAsync($$"""
            mutation($evidence: [EvidenceInput!]) { submitRemovalProposal(input: { communeCode: "03703", year: {{Year}}, track: DRUGS, conferenceDate: "{{Year}}-10-20",
              assessment: "Xã không còn tụ điểm ma túy.", conferenceChair: "Chủ tịch UBND xã", conferenceAttendance: 35, conferenceSummary: "Hội nghị tổng kết",
              evidence: $evidence }) { proposal { id track } errors { code message } } }
            """, new { evidence = EvidenceVariables.LetterAndMinutes("03703", $"{Year}-10-20") })).EnsureData()["submitRemovalProposal"]!;
        Assert.Empty(submitted["errors"]!.AsArray());
        var proposalId = (string)submitted["proposal"]!["id"]!;
        Assert.Equal("DRUGS", (string?)submitted["proposal"]!["track"]);

        // Before the police review the province cannot remove the commune; a bad date and a forgotten commune are refused too.
        Assert.Equal(("VALIDATION_FAILED", "removed[0]"), await DecisionErrorAsync(province, DecisionDate, "[\"03703\"]", "[\"03646\"]"));
        await DecideAsync(police, "endorseRemovalProposal", proposalId);
        Assert.Equal(("VALIDATION_FAILED", "decisionDate"), await DecisionErrorAsync(province, $"{Year}-10-31", "[\"03703\"]", "[\"03646\"]"));
        Assert.Equal(("VALIDATION_FAILED", "continuing"), await DecisionErrorAsync(province, DecisionDate, "[\"03703\"]", "[]"));
        Assert.Equal(("FORBIDDEN", null), await DecisionErrorAsync(police, DecisionDate, "[\"03703\"]", "[\"03646\"]"));
        Assert.Equal("PROPOSED", (string?)(await PlanAsync(province, Year))["designations"]![0]!["status"]);

        var decided = await IssueDecisionAsync(province, "125/QĐ-UBND");
        Assert.Empty(decided["errors"]!.AsArray());
        plan = decided["plan"]!;
        Assert.Equal(
            [("03703", "REMOVED", (string?)DecisionDate), ("03646", "CONTINUING", null)],
            plan["designations"]!.AsArray().Select(d => ((string)d!["communeCode"]!, (string)d["status"]!, (string?)d["removedFrom"])));
        var decision = plan["yearEndDecision"]!;
        Assert.Equal(("125/QĐ-UBND", "UBND tỉnh Sơn La", true, Year + 1), ((string?)decision["decisionNumber"], (string?)decision["issuedBy"], (bool)decision["applied"]!, (int?)decision["nextPlanYear"]));
        Assert.Equal([proposalId], Strings(decision["proposalIds"]));
        Assert.Equal((2, 1, 0.5, false), ((int)plan["programmeTargets"]!["designated"]!, (int)plan["programmeTargets"]!["converted"]!,
            (double)plan["programmeTargets"]!["convertedShare"]!, (bool)plan["programmeTargets"]!["conversionGoalMet"]!));

        var proposal = (await province.PostAsync($$"""query($id: ID!) { node(id: $id) { ... on RemovalProposal { status decisionDate history { action reason } } } }""", new { id = proposalId }))
            .EnsureData()["node"]!;
        Assert.Equal(("APPROVED", DecisionDate), ((string?)proposal["status"], (string?)proposal["decisionDate"]));
        Assert.Contains("125/QĐ-UBND", (string?)proposal["history"]!.AsArray()[^1]!["reason"]);

        // A commune committee sees its own part of the decision: its commune and its proposal, not the others'.
        var ownPart = (await commune.PostAsync($$"""{ conversionPlan(provinceCode: "14", year: {{Year}}, track: DRUGS) { yearEndDecision { removed continuing newlyDesignated proposalIds } } }"""))
            .EnsureData()["conversionPlan"]!["yearEndDecision"]!;
        Assert.Equal(["03703"], Strings(ownPart["removed"]));
        Assert.Empty(Strings(ownPart["continuing"]));
        Assert.Empty(Strings(ownPart["newlyDesignated"]));
        Assert.Equal([proposalId], Strings(ownPart["proposalIds"]));

        // The decision drafted next year's list from the continuing commune and the new one.
        var next = await PlanAsync(province, Year + 1);
        Assert.Equal(("125/QĐ-UBND", "125/QĐ-UBND"), ((string?)next["decisionNumber"], (string?)next["draftedFrom"]));
        Assert.Equal([("03646", "DRUGS"), ("03688", "ECONOMIC")],
            next["designations"]!.AsArray().Select(d => ((string)d!["communeCode"]!, string.Join(',', Strings(d["types"])))));

        // The same decision again changes nothing; another one for the same year is a conflict; the year takes no more proposals.
        Assert.Equal(plan["yearEndDecision"]!.ToJsonString(), (await IssueDecisionAsync(province, "125/QĐ-UBND"))["plan"]!["yearEndDecision"]!.ToJsonString());
        Assert.Equal("CONFLICT", (string?)(await IssueDecisionAsync(province, "126/QĐ-UBND"))["errors"]![0]!["code"]);

        // Monitoring: nothing breached yet, so the commune cannot be designated again; then a month under the criterion flags it.
        Assert.Equal("INVALID_STATE", (string?)(await DesignateAgainAsync(province))["errors"]![0]!["code"]);
        Assert.Empty(await ReportAsync(commune, $"{Year}-11", 10));
        var monitoring = Assert.Single((await PlanAsync(province, Year))["monitoring"]!.AsArray())!;
        Assert.Equal(("03703", true, true), ((string?)monitoring["communeCode"], (bool)monitoring["active"]!, (bool)monitoring["breached"]!));
        Assert.Equal([$"{Year}-11"], Strings(monitoring["monthsReported"]));
        Assert.Contains("10", (string?)monitoring["criteria"]![0]!["explanation"]);

        var again = await DesignateAgainAsync(province);
        Assert.Empty(again["errors"]!.AsArray());
        Assert.NotNull((string?)again["plan"]!["designations"]![0]!["relapsedOn"]);
        Assert.Equal((1, 0.0), ((int)again["plan"]!["programmeTargets"]!["relapsed"]!, (double)again["plan"]!["programmeTargets"]!["nonRelapseShare"]!));
        var relapsed = (await PlanAsync(province, Year + 1))["designations"]!.AsArray().Single(d => (string?)d!["communeCode"] == "03703")!;
        Assert.Equal((Year, "DESIGNATED"), ((int?)relapsed["designatedAgainFrom"], (string?)relapsed["status"]));

        // The dashboard's document of the programme's year: next year's drug list, and this year's commune designated again.
        var programme = await PersistedDocuments.RunAsync(province, "ProgrammeYear", new { provinceCode = "14", year = Year + 1, previousYear = Year });
        Assert.Equal(("125/QĐ-UBND", true), ((string?)programme["drugs"]!["draftedFrom"], (bool)programme["previousDrugs"]!["monitoring"]![0]!["designatedAgain"]!));
        Assert.Null(programme["socialOrder"]);
    }

    [Fact]
    public async Task The_ministrys_year_end_decision_on_the_security_track_is_recorded_as_its_act_and_drafts_the_next_list()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14", name: "Ban Chỉ đạo 138 tỉnh Sơn La"));
        var created = (await province.PostAsync($$"""
            mutation { createConversionPlan(input: { provinceCode: "14", year: {{Year}}, track: SECURITY_KEY_AREA, decisionNumber: "2150/QĐ-BCA", decisionDate: "{{Year}}-02-10",
              issuedBy: "Bộ Công an", communeCodes: ["03721"], removalCriteria: [{ indicator: "criminal_cases", kind: AT_MOST, threshold: 3 }] }) {
              plan { decider trackName designations { types } } errors { code message } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.Empty(created["errors"]!.AsArray());
        Assert.Equal(("MINISTRY", "SOCIAL_ORDER"), ((string?)created["plan"]!["decider"], (string?)created["plan"]!["designations"]![0]!["types"]![0]));

        var decided = (await province.PostAsync($$"""
            mutation { issueYearEndDecision(input: { provinceCode: "14", year: {{Year}}, track: SECURITY_KEY_AREA, decisionNumber: "310/QĐ-BCA", decisionDate: "{{DecisionDate}}",
              signer: "Thứ trưởng Bộ Công an", removed: [], continuing: ["03721"] }) {
              plan { yearEndDecision { issuedBy continuing nextPlanYear applied } } errors { code message } } }
            """)).EnsureData()["issueYearEndDecision"]!;
        var next = (await province.PostAsync($$"""{ conversionPlan(provinceCode: "14", year: {{Year + 1}}, track: SECURITY_KEY_AREA) { decisionNumber issuedBy designations { communeCode } } }""")).EnsureData()["conversionPlan"]!;

        Assert.Empty(decided["errors"]!.AsArray());
        var decision = decided["plan"]!["yearEndDecision"]!;
        Assert.Equal(("Bộ Công an", Year + 1, true), ((string?)decision["issuedBy"], (int?)decision["nextPlanYear"], (bool)decision["applied"]!));
        Assert.Equal(("310/QĐ-BCA", "Bộ Công an", "03721"), ((string?)next["decisionNumber"], (string?)next["issuedBy"], (string?)next["designations"]![0]!["communeCode"]));
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string)n!)];

    private async Task<JsonNode> PlanAsync(GraphQLClient client, int year) =>
        (await client.PostAsync($"{{ conversionPlan(provinceCode: \"14\", year: {year}, track: DRUGS) {{ {PlanFields} }} }}")).EnsureData()["conversionPlan"]!;

    private static async Task<JsonArray> ReportAsync(GraphQLClient client, string month, int cameras) =>
        (await client.PostAsync($$"""
            mutation { submitIndicatorReport(input: { communeCode: "03703", period: "{{month}}", values: [{ indicator: "security_cameras", value: {{cameras}} }] }) { errors { code message } } }
            """)).EnsureData()["submitIndicatorReport"]!["errors"]!.AsArray();

    private static async Task<JsonNode> IssueDecisionAsync(GraphQLClient client, string number) =>
        (await client.PostAsync($$"""
            mutation { issueYearEndDecision(input: { provinceCode: "14", year: {{Year}}, track: DRUGS, decisionNumber: "{{number}}", decisionDate: "{{DecisionDate}}",
              signer: "Phó Chủ tịch UBND tỉnh", removed: ["03703"], continuing: ["03646"], newlyDesignated: [{ communeCode: "03688", types: [ECONOMIC] }] }) {
              plan { {{PlanFields}} } errors { code message field } } }
            """)).EnsureData()["issueYearEndDecision"]!;

    private static async Task<(string?, string?)> DecisionErrorAsync(GraphQLClient client, string date, string removed, string continuing)
    {
        var response = await client.PostAsync($$"""
            mutation { issueYearEndDecision(input: { provinceCode: "14", year: {{Year}}, track: DRUGS, decisionNumber: "125/QĐ-UBND", decisionDate: "{{date}}",
              signer: "Phó Chủ tịch UBND tỉnh", removed: {{removed}}, continuing: {{continuing}} }) { errors { code field } } }
            """);
        if (response.Errors?[0]?["extensions"]?["code"] is { } code)
        {
            return ((string?)code, null);
        }

        var error = response.EnsureData()["issueYearEndDecision"]!["errors"]![0]!;
        return ((string?)error["code"], (string?)error["field"]);
    }

    private static async Task<JsonNode> DesignateAgainAsync(GraphQLClient client) =>
        (await client.PostAsync($$"""
            mutation { designateCommuneAgain(input: { provinceCode: "14", year: {{Year}}, track: DRUGS, communeCode: "03703", reason: "Số camera giảm còn 10." }) {
              plan { {{PlanFields}} } errors { code message } } }
            """)).EnsureData()["designateCommuneAgain"]!;

    private static async Task DecideAsync(GraphQLClient client, string mutation, string id)
    {
        var payload = (await client.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ proposalId: $id }}) {{ errors {{ code message }} }} }}", new { id })).EnsureData()[mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
    }
}
