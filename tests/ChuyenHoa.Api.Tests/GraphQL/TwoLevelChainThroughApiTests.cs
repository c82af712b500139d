using System.Text.Json.Nodes;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>Sơn La onboarded on the 2025 edition (two levels) and nothing else: the test makes its plan through the API.</summary>
public sealed class TwoLevelHost : ApiHostFixture
{
    protected override Task LoadAsync(IGrainFactory grains) => grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
}

public sealed class TwoLevelChainThroughApiTests(TwoLevelHost api) : IClassFixture<TwoLevelHost>
{
    private const string ProposalFields = "id status chain { role actions } currentStep { role } viewerActions history { action role actorName }";

    [Fact]
    public async Task Quynh_nhai_commune_submits_the_provincial_police_endorse_and_the_province_approves_through_the_api_alone()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14", name: "Ban Chỉ đạo 138 tỉnh Sơn La"));
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14", name: "Công an tỉnh Sơn La"));
        using var commune = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Xã Quỳnh Nhai", commune: "03703"));
        using var otherCommune = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Phường Tô Hiệu", commune: "03646"));

        var me = (await commune.PostAsync("{ me { roles communeCode districtCode } }")).EnsureData()["me"]!;
        Assert.Equal(("Commune.Committee", "03703", null), ((string?)me["roles"]![0], (string?)me["communeCode"], (string?)me["districtCode"]));

        var plan = (await province.PostAsync("""
            mutation { createConversionPlan(input: { provinceCode: "14", year: 2026, decisionNumber: "15/QĐ-UBND", decisionDate: "2026-01-15",
              communeCodes: ["03703", "03646"], removalCriteria: [{ indicator: "security_cameras", kind: AT_LEAST, threshold: 30 }] }) { errors { code message } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.Empty(plan["errors"]!.AsArray());

        var report = (await commune.PostAsync("""
            mutation { submitIndicatorReport(input: { communeCode: "03703", period: "2026-10", values: [{ indicator: "security_cameras", value: 42 }] }) { errors { code } } }
            """)).EnsureData()["submitIndicatorReport"]!;
        Assert.Empty(report["errors"]!.AsArray());

        // The provincial police follow the province's proposals.
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(Roles.ProvincePolice, "14")}" } });
        Assert.Equal("connection_ack", (string?)(await subscriber.ReceiveAsync(TimeSpan.FromSeconds(10)))?["type"]);
        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { removalProposalChanged(provinceCode: \"14\") { id status currentStep { role } } }" } });
        await Task.Delay(500);

        var refused = await otherCommune.PostAsync(SubmitMutation, new { key = "to-hieu", evidence = EvidenceVariables.LetterAndMinutes("03703", "2026-11-20") });
        Assert.Equal("FORBIDDEN", (string?)refused.Errors?[0]?["extensions"]?["code"]);

        var submitted = (await commune.PostAsync(SubmitMutation, new { key = "quynh-nhai-2026", evidence = EvidenceVariables.LetterAndMinutes("03703", "2026-11-20") })).EnsureData()["submitRemovalProposal"]!;
        Assert.Empty(submitted["errors"]!.AsArray());
        var proposal = submitted["proposal"]!;
        var id = (string)proposal["id"]!;
        Assert.Equal("SUBMITTED", (string?)proposal["status"]);
        Assert.Equal(["Commune.Committee", "Province.Police", "Province.Committee"], proposal["chain"]!.AsArray().Select(s => (string)s!["role"]!));
        Assert.Equal(["ENDORSE", "RETURN"], proposal["chain"]![1]!["actions"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("Province.Police", (string?)proposal["currentStep"]!["role"]);
        Assert.Equal(["WITHDRAW"], proposal["viewerActions"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(("SUBMITTED", "Province.Police"), Event(await NextAsync(subscriber)));

        // The police see what they may do; the province may not approve yet, the commune may not endorse.
        var seenByPolice = (await police.PostAsync($"query($id: ID!) {{ node(id: $id) {{ ... on RemovalProposal {{ {ProposalFields} }} }} }}", new { id })).EnsureData()["node"]!;
        Assert.Equal(["RETURN", "ENDORSE"], seenByPolice["viewerActions"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("INVALID_STATE", await DecideErrorAsync(province, "approveRemovalProposal", id));
        Assert.Equal("FORBIDDEN", await DecideErrorAsync(commune, "endorseRemovalProposal", id));
        Assert.Equal("NOT_FOUND", await DecideErrorAsync(otherCommune, "endorseRemovalProposal", id));

        var endorsed = await DecideAsync(police, "endorseRemovalProposal", id);
        Assert.Equal(("ENDORSED", "Province.Committee"), ((string?)endorsed["status"], (string?)endorsed["currentStep"]!["role"]));
        Assert.Equal(("ENDORSED", "Province.Committee"), Event(await NextAsync(subscriber)));

        var approved = await DecideAsync(province, "approveRemovalProposal", id);
        Assert.Equal("APPROVED", (string?)approved["status"]);
        Assert.Null(approved["currentStep"]);
        Assert.Empty(approved["viewerActions"]!.AsArray());
        Assert.Equal(
            [("SUBMIT", "Commune.Committee", "Ban Chỉ đạo 138 Xã Quỳnh Nhai"), ("ENDORSE", "Province.Police", "Công an tỉnh Sơn La"), ("APPROVE", "Province.Committee", "Ban Chỉ đạo 138 tỉnh Sơn La")],
            approved["history"]!.AsArray().Select(e => ((string)e!["action"]!, (string)e["role"]!, (string)e["actorName"]!)));
        Assert.Equal(("APPROVED", (string?)null), Event(await NextAsync(subscriber)));

        var listed = (await commune.PostAsync("""{ removalProposals(provinceCode: "14") { edges { node { status communeCode } } } }""")).EnsureData();
        Assert.Equal(("APPROVED", "03703"), ((string?)listed["removalProposals"]!["edges"]![0]!["node"]!["status"], (string?)listed["removalProposals"]!["edges"]![0]!["node"]!["communeCode"]));
        var listedForOther = (await otherCommune.PostAsync("""{ removalProposals(provinceCode: "14") { edges { node { id } } } }""")).EnsureData();
        Assert.Empty(listedForOther["removalProposals"]!["edges"]!.AsArray());
    }

    private const string SubmitMutation = """
        mutation($key: String, $evidence: [EvidenceInput!]) { submitRemovalProposal(input: { communeCode: "03703", year: 2026, conferenceDate: "2026-11-20",
          assessment: "Xã Quỳnh Nhai không còn là địa bàn phức tạp về an ninh trật tự.", conferenceChair: "Chủ tịch UBND xã, Trưởng ban chỉ đạo",
          conferenceAttendance: 40, conferenceSummary: "Hội nghị tổng kết công tác chuyển hóa năm 2026", evidence: $evidence, clientMutationId: $key }) {
          proposal { id status chain { role actions } currentStep { role } viewerActions } errors { code message } } }
        """;

    private static async Task<JsonNode> DecideAsync(GraphQLClient client, string mutation, string id)
    {
        var payload = (await client.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ proposalId: $id }}) {{ proposal {{ {ProposalFields} }} errors {{ code message }} }} }}", new { id }))
            .EnsureData()[mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["proposal"]!;
    }

    /// <summary>The code a refused decision answers with: FORBIDDEN as a GraphQL error, the others in the payload.</summary>
    private static async Task<string?> DecideErrorAsync(GraphQLClient client, string mutation, string id)
    {
        var response = await client.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ proposalId: $id }}) {{ errors {{ code }} }} }}", new { id });
        return (string?)(response.Errors?[0]?["extensions"]?["code"] ?? response.Data?[mutation]?["errors"]?[0]?["code"]);
    }

    private static (string?, string?) Event(JsonNode proposal) => ((string?)proposal["status"], (string?)proposal["currentStep"]?["role"]);

    private static async Task<JsonNode> NextAsync(GraphQLWebSocketClient subscriber)
    {
        var message = await subscriber.ReceiveAsync(TimeSpan.FromSeconds(15));
        Assert.NotNull(message);
        Assert.Equal("next", (string?)message["type"]);
        return message["payload"]!["data"]!["removalProposalChanged"]!;
    }
}
