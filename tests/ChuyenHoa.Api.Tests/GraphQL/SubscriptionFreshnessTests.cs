using System.Text.Json.Nodes;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

[Collection(DevelopmentHostCollection.Name)]
public sealed class SubscriptionFreshnessTests(DevelopmentHostFixture api)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Each_event_reads_nested_data_as_it_is_when_the_event_happens()
    {
        using var province = api.Province14();
        using var district = api.Client(api.Token(Roles.DistrictCommittee, "14", "126", "Ban Chỉ đạo 138 huyện Sông Mã"));
        var submitted = (await district.PostAsync("""
            mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) { proposal { id } errors { code } } }
            """, new
        {
            input = new
            {
                communeCode = "04177", year = 2023, conferenceDate = "2023-11-20", conferenceChair = "Chủ tịch UBND huyện Sông Mã", conferenceAttendance = 30,
                conferenceSummary = "Hội nghị tổng kết.", assessment = "Chiềng Phung đủ điều kiện.",
                evidence = EvidenceVariables.LetterAndMinutes("04177", "2023-11-20"),
            },
        })).EnsureData()["submitRemovalProposal"]!;
        Assert.Empty(submitted["errors"]!.AsArray());
        var proposalId = (string)submitted["proposal"]!["id"]!;
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(Roles.ProvinceCommittee, "14")}" } });
        Assert.Equal("connection_ack", (string?)(await subscriber.ReceiveAsync(Wait))?["type"]);
        await subscriber.SendAsync(new
        {
            id = "1", type = "subscribe",
            payload = new { query = """subscription { removalProposalChanged(provinceCode: "14") { status commune { indicators(period: "2023-12", indicators: ["criminal_cases"]) { value } } } }""" },
        });

        // Messages are handled in order: the pong says the subscription is set up, and its observer was asked of the
        // proposals grain before any mutation below reaches that grain.
        await subscriber.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await subscriber.ReceiveAsync(Wait))?["type"]);

        var returnedBy = (await province.PostAsync("mutation($id: ID!) { returnRemovalProposal(input: { proposalId: $id, reason: \"Bổ sung số liệu tháng 12\" }) { errors { code } } }", new { id = proposalId })).EnsureData();
        Assert.Empty(returnedBy["returnRemovalProposal"]!["errors"]!.AsArray());
        var returned = await NextAsync(subscriber);
        Assert.Equal("RETURNED", (string?)returned["status"]);
        Assert.Null(returned["commune"]!["indicators"]![0]!["value"]);

        var report = (await district.PostAsync("""
            mutation { submitIndicatorReport(input: { communeCode: "04177", period: "2023-12", values: [{ indicator: "criminal_cases", value: 1 }] }) { errors { code message } } }
            """)).EnsureData();
        Assert.Empty(report["submitIndicatorReport"]!["errors"]!.AsArray());
        var withdrawn = (await district.PostAsync("mutation($id: ID!) { withdrawRemovalProposal(input: { proposalId: $id }) { errors { code } } }", new { id = proposalId })).EnsureData();
        Assert.Empty(withdrawn["withdrawRemovalProposal"]!["errors"]!.AsArray());

        var next = await NextAsync(subscriber);
        Assert.Equal("WITHDRAWN", (string?)next["status"]);
        Assert.Equal(1.0, (double?)next["commune"]!["indicators"]![0]!["value"]);
    }

    private static async Task<JsonNode> NextAsync(GraphQLWebSocketClient subscriber)
    {
        var message = await subscriber.ReceiveAsync(Wait);
        Assert.True(message is not null, $"closed: {subscriber.CloseStatus} {subscriber.CloseStatusDescription}");
        Assert.Equal("next", (string?)message["type"]);
        return message["payload"]!["data"]!["removalProposalChanged"]!;
    }
}
