using System.Net;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Errors;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Security;

/// <summary>A real host with the reference case, called with real signed tokens: keys per caller, text input refused, health detail kept in.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class IdempotencyAndInputTests(DevelopmentHostFixture api)
{
    private string ReferenceProposalId => GlobalId.Encode("RemovalProposal", api.ProposalId.ToString("N"));

    [Fact]
    public async Task District_119_sending_the_reference_cases_key_for_its_own_commune_gets_its_own_proposal_not_118s()
    {
        using var province = api.Province14();
        // Other classes of the collection may have decided the reference proposal already: what counts is that this submission leaves it as it was.
        var referenceBefore = await ProposalAsync(province, ReferenceProposalId);

        var submitted = await SubmitTongLanhAsync();

        Assert.Equal("[]", submitted["errors"]!.ToJsonString());
        var proposal = submitted["proposal"]!;
        Assert.NotEqual(ReferenceProposalId, (string?)proposal["id"]);
        Assert.Equal(("03772", "Tông Lạnh không còn phức tạp về an ninh trật tự."), ((string?)proposal["communeCode"], (string?)proposal["assessment"]));
        var reference = await ProposalAsync(province, ReferenceProposalId);
        Assert.Equal("03718", (string?)reference["communeCode"]);
        Assert.Equal(referenceBefore.ToJsonString(), reference.ToJsonString());
    }

    [Theory]
    [InlineData("Bổ sung biên bản\u0001", "U+0001", 17)]
    [InlineData("\u001B[31mBổ sung", "U+001B", 1)]
    public async Task A_control_character_in_a_return_reason_is_refused_naming_the_field_and_changes_nothing(string reason, string character, int position)
    {
        var submitted = await SubmitTongLanhAsync();
        Assert.Equal("[]", submitted["errors"]!.ToJsonString());
        var id = (string)submitted["proposal"]!["id"]!;
        using var province = api.Province14();

        var response = await province.PostAsync("""
            mutation($id: ID!, $reason: String) { returnRemovalProposal(input: { proposalId: $id, reason: $reason }) { proposal { status } errors { code } } }
            """, new { id, reason });

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal(ErrorCodes.ValidationFailed, (string?)error["extensions"]!["code"]);
        Assert.Contains($"Trường \"reason\" có ký tự điều khiển không nhìn thấy được ({character}) ở vị trí {position}", (string?)error["message"]);
        var status = await ProposalAsync(province, id);
        Assert.Equal(("SUBMITTED", 1), ((string?)status["status"], (int)status["version"]!));
    }

    [Fact]
    public async Task A_control_character_in_a_report_note_is_refused_naming_the_field() =>
        await AssertReportRefusedAsync(
            new { communeCode = "03718", period = "2023-11", values = new[] { new { indicator = "security_cameras", value = 190 } }, note = "Ghi chú\u0007" },
            "2023-11", "Trường \"note\" có ký tự điều khiển không nhìn thấy được (U+0007)");

    [Fact]
    public async Task A_client_mutation_id_longer_than_100_characters_is_refused_naming_the_field_and_records_nothing() =>
        await AssertReportRefusedAsync(
            new { communeCode = "03718", period = "2023-12", values = new[] { new { indicator = "security_cameras", value = 190 } }, clientMutationId = new string('k', 101) },
            "2023-12", "Trường \"clientMutationId\" dài 101 ký tự, quá 100 ký tự cho phép");

    [Fact]
    public async Task A_right_to_left_override_in_an_evidence_file_name_is_refused_naming_the_field()
    {
        using var thuanChau = api.Client(api.Token(Roles.DistrictCommittee, "14", "119", "Ban Chỉ đạo 138 huyện Thuận Châu"));

        var response = await thuanChau.PostAsync("""
            mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) { proposal { id } errors { code } } }
            """, new
        {
            input = new
            {
                communeCode = "03772", year = 2023, conferenceDate = "2023-11-20", conferenceChair = "Chủ tịch UBND huyện Thuận Châu", conferenceAttendance = 30,
                conferenceSummary = "Hội nghị tổng kết.", assessment = "Đánh giá.",
                evidence = new[] { new { fileName = "bien-ban\u202Excod.exe", contentType = "application/octet-stream", contentBase64 = "AQID" } },
            },
        });

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal(ErrorCodes.ValidationFailed, (string?)error["extensions"]!["code"]);
        Assert.StartsWith("Trường \"evidence[0].fileName\" có ký tự điều khiển không nhìn thấy được (U+202E) ở vị trí 9", (string?)error["message"]);
    }

    [Fact]
    public async Task Health_ready_tells_an_anonymous_caller_each_checks_status_and_not_the_storage_endpoint()
    {
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };

        using var response = await http.GetAsync("/health/ready");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)JsonNode.Parse(body)!["checks"]!["storage"]!["status"]);
        Assert.DoesNotContain("127.0.0.1", body);
        Assert.DoesNotContain("devstoreaccount1", body);
        Assert.DoesNotContain("description", body);
    }

    /// <summary>
    /// Thuận Châu's proposal for Tông Lạnh, sent with the reference case's key. The same person sending it again is a retry,
    /// answered with the same proposal, so each test may send it whichever runs first.
    /// </summary>
    private async Task<JsonNode> SubmitTongLanhAsync()
    {
        using var thuanChau = api.Client(api.Token(Roles.DistrictCommittee, "14", "119", "Ban Chỉ đạo 138 huyện Thuận Châu"));
        return (await thuanChau.PostAsync("""
            mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) {
              proposal { id communeCode assessment history { action } } errors { code message } clientMutationId } }
            """, new
        {
            input = new
            {
                communeCode = "03772", year = 2023, conferenceDate = "2023-11-20", conferenceChair = "Chủ tịch UBND huyện Thuận Châu", conferenceAttendance = 30,
                conferenceSummary = "Hội nghị tổng kết năm 2023 của xã Tông Lạnh.", assessment = "Tông Lạnh không còn phức tạp về an ninh trật tự.",
                evidence = EvidenceVariables.LetterAndMinutes("03772", "2023-11-20"), clientMutationId = ReferenceCaseLoader.ProposalKey,
            },
        })).EnsureData()["submitRemovalProposal"]!;
    }

    private static async Task<JsonNode> ProposalAsync(GraphQLClient province, string id) =>
        (await province.PostAsync("query($id: ID!) { node(id: $id) { ... on RemovalProposal { communeCode status version } } }", new { id })).EnsureData()["node"]!;

    private async Task AssertReportRefusedAsync(object input, string period, string messageStart)
    {
        using var district = api.QuynhNhai();

        var response = await district.PostAsync("""
            mutation($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { report { version } errors { code } } }
            """, new { input });

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal(ErrorCodes.ValidationFailed, (string?)error["extensions"]!["code"]);
        Assert.StartsWith(messageStart, (string?)error["message"]);
        var history = (await district.PostAsync("""{ commune(code: "03718") { reportHistory { period } } }""")).EnsureData()["commune"]!["reportHistory"]!.AsArray();
        Assert.DoesNotContain(history, r => (string?)r!["period"] == period);
    }
}
