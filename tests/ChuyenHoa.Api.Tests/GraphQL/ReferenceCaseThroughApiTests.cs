using System.Text.Json.Nodes;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>The reference case before the district's proposal: the plan and the reports only.</summary>
public sealed class PlanAndReportsHost : ApiHostFixture
{
    protected override ReferenceData Data => ReferenceData.Reports;
}

public sealed class ReferenceCaseThroughApiTests(PlanAndReportsHost api) : IClassFixture<PlanAndReportsHost>
{
    [Fact]
    public async Task Chieng_khoang_goes_from_reading_to_removal_through_the_api_alone()
    {
        using var province = api.Province14();
        using var district = api.QuynhNhai();

        // Read Sơn La → Quỳnh Nhai → Chiềng Khoang with its 2023 indicators.
        var tree = (await province.PostAsync("""
            { province(code: "14") { name districts { code name communes { code fullName } } } }
            """)).EnsureData();
        Assert.Equal("Sơn La", (string?)tree["province"]!["name"]);
        var quynhNhai = tree["province"]!["districts"]!.AsArray().Single(d => (string?)d!["code"] == "118")!;
        Assert.Equal("Quỳnh Nhai", (string?)quynhNhai["name"]);
        Assert.Contains(quynhNhai["communes"]!.AsArray(), c => (string?)c!["fullName"] == "Xã Chiềng Khoang");
        var indicators = (await district.PostAsync("""
            query($code: String!) { commune(code: $code) { indicators(period: "2023") { indicator value changeFromPreviousYear } designation(year: 2023) { status } } }
            """, new { code = "03718" })).EnsureData()["commune"]!;
        Assert.Equal(62, Value(indicators, "managed_persons_current"));
        Assert.Equal(189, Value(indicators, "security_cameras"));
        Assert.Equal(-0.75, (double)indicators["indicators"]!.AsArray().Single(i => (string?)i!["indicator"] == "criminal_cases")!["changeFromPreviousYear"]!, 6);
        Assert.True(indicators["designation"] is not null, indicators.ToJsonString());
        Assert.Equal("DESIGNATED", (string?)indicators["designation"]!["status"]);

        // A subscriber of the province hears of each transition.
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(Roles.ProvinceCommittee, "14")}" } });
        var ack = await subscriber.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.True(ack is not null, $"closed: {subscriber.CloseStatus} {subscriber.CloseStatusDescription}");
        Assert.Equal("connection_ack", (string?)ack["type"]);
        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { removalProposalChanged(provinceCode: \"14\") { id status commune { code } } }" } });
        await Task.Delay(500);

        var submitted = (await district.PostAsync("""
            mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) {
              proposal { id status snapshot { allCriteriaMet criteria { description met } } evidence { fileName sha256 type } }
              errors { code message field } } }
            """, new
        {
            input = new
            {
                communeCode = "03718", year = 2023, conferenceDate = "2023-11-17",
                assessment = "Xã Chiềng Khoang không còn là địa bàn phức tạp về an ninh trật tự.",
                conferenceChair = "Lò Thanh Thủy, Phó Chủ tịch UBND huyện, Trưởng ban chỉ đạo", conferenceAttendance = 52,
                conferenceSummary = "Hội nghị tổng kết công tác chuyển hóa năm 2023",
                evidence = EvidenceVariables.LetterAndMinutes("03718", "2023-11-17"),
                clientMutationId = "api-reference-case",
            },
        })).EnsureData()["submitRemovalProposal"]!;
        Assert.Empty(submitted["errors"]!.AsArray());
        var proposalId = (string)submitted["proposal"]!["id"]!;
        Assert.True((bool)submitted["proposal"]!["snapshot"]!["allCriteriaMet"]!);
        Assert.Equal(["PROPOSAL_LETTER", "CONFERENCE_MINUTES"], submitted["proposal"]!["evidence"]!.AsArray().Select(e => (string)e!["type"]!));
        Assert.All(submitted["proposal"]!["evidence"]!.AsArray(), e => Assert.Equal(64, ((string)e!["sha256"]!).Length));

        var first = await NextAsync(subscriber);
        Assert.Equal((proposalId, "SUBMITTED", "03718"), ((string)first["id"]!, (string)first["status"]!, (string)first["commune"]!["code"]!));

        var approved = (await province.PostAsync("""
            mutation($id: ID!) { approveRemovalProposal(input: { proposalId: $id, reason: "Đủ điều kiện" }) { proposal { status history { action actorName role reason } } errors { code } } }
            """, new { id = proposalId })).EnsureData()["approveRemovalProposal"]!;
        Assert.Empty(approved["errors"]!.AsArray());
        Assert.Equal("APPROVED", (string?)approved["proposal"]!["status"]);
        Assert.Equal(["SUBMIT", "APPROVE"], approved["proposal"]!["history"]!.AsArray().Select(e => (string)e!["action"]!));
        Assert.Equal(("Người dùng thử", "Province.Committee"), ((string?)approved["proposal"]!["history"]![1]!["actorName"], (string?)approved["proposal"]!["history"]![1]!["role"]));

        var second = await NextAsync(subscriber);
        Assert.Equal("APPROVED", (string?)second["status"]);

        var removed = (await province.PostAsync("""{ commune(code: "03718") { designation(year: 2023) { status removedFrom } } }""")).EnsureData();
        Assert.Equal("REMOVED", (string?)removed["commune"]!["designation"]!["status"]);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd"), (string?)removed["commune"]!["designation"]!["removedFrom"]);
    }

    [Fact]
    public async Task Indicators_asked_by_code_come_alone_in_catalog_order_with_the_values_of_all_and_an_unknown_code_gives_none()
    {
        using var district = api.QuynhNhai();

        var commune = (await district.PostAsync("""
            {
              commune(code: "03718") {
                all: indicators(period: "2023") { indicator value changeFromPreviousYear }
                two: indicators(period: "2023", indicators: ["security_cameras", "criminal_cases", "security_cameras"]) { indicator value changeFromPreviousYear }
                unknown: indicators(period: "2023", indicators: ["no_such_indicator"]) { indicator }
              }
            }
            """)).EnsureData()["commune"]!;

        var all = commune["all"]!.AsArray();
        var two = commune["two"]!.AsArray();
        Assert.Equal(
            all.Select(v => (string?)v!["indicator"]).Where(code => code is "criminal_cases" or "security_cameras"),
            two.Select(v => (string?)v!["indicator"]));
        Assert.All(two, v => Assert.True(JsonNode.DeepEquals(v, all.Single(a => (string?)a!["indicator"] == (string?)v!["indicator"])), v!.ToJsonString()));
        Assert.Equal(189, (double)two.Single(v => (string?)v!["indicator"] == "security_cameras")!["value"]!);
        Assert.Empty(commune["unknown"]!.AsArray());
    }

    private static double Value(JsonNode commune, string indicator) =>
        (double)commune["indicators"]!.AsArray().Single(i => (string?)i!["indicator"] == indicator)!["value"]!;

    private static async Task<JsonNode> NextAsync(GraphQLWebSocketClient subscriber)
    {
        var message = await subscriber.ReceiveAsync(TimeSpan.FromSeconds(15));
        Assert.NotNull(message);
        Assert.Equal("next", (string?)message["type"]);
        return message["payload"]!["data"]!["removalProposalChanged"]!;
    }
}
