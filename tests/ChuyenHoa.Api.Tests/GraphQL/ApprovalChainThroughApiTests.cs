using System.Text.Json.Nodes;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>A province's own approval chain: who may set it, what is refused, and which proposals follow it.</summary>
public sealed class ApprovalChainThroughApiTests(TwoLevelHost api) : IClassFixture<TwoLevelHost>
{
    private const string SetChain = """
        mutation($province: String!, $chain: [ChainStepInput!]!) {
          setApprovalChain(input: { provinceCode: $province, edition: "2025", chain: $chain, clientMutationId: "chain" }) {
            approvalChain { provinceCode edition isDefault steps { role actions } } errors { code field message } clientMutationId } }
        """;

    private static readonly object[] WithoutPolice =
    [
        new { role = Roles.CommuneCommittee, actions = new[] { "SUBMIT", "RESUBMIT", "WITHDRAW" } },
        new { role = Roles.ProvinceCommittee, actions = new[] { "APPROVE", "REJECT", "RETURN" } },
    ];

    [Fact]
    public async Task A_new_proposal_follows_the_chain_the_administrator_set_without_the_police_and_one_submitted_before_keeps_its_own()
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14", name: "Ban Chỉ đạo 138 tỉnh Sơn La"));
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14"));
        using var admin = api.Client(api.Token(Roles.PlatformAdmin, "14", name: "Quản trị nền tảng"));
        using var quynhNhai = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Xã Quỳnh Nhai", commune: "03703"));
        using var toHieu = api.Client(api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Phường Tô Hiệu", commune: "03646"));
        var plan = (await province.PostAsync("""
            mutation { createConversionPlan(input: { provinceCode: "14", year: 2027, decisionNumber: "16/QĐ-UBND", decisionDate: "2027-01-15",
              communeCodes: ["03703", "03646"], removalCriteria: [{ indicator: "security_cameras", kind: AT_LEAST, threshold: 30 }] }) { errors { code message } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.Empty(plan["errors"]!.AsArray());
        var before = await SubmitAsync(toHieu, "03646");
        Assert.Equal(["Commune.Committee", "Province.Police", "Province.Committee"], RolesOf(before["chain"]!));

        var set = (await admin.PostAsync(SetChain, new { province = "14", chain = WithoutPolice })).EnsureData()["setApprovalChain"]!;

        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal(("14", "2025", false), ((string?)set["approvalChain"]!["provinceCode"], (string?)set["approvalChain"]!["edition"], (bool?)set["approvalChain"]!["isDefault"]));
        Assert.Equal(["Commune.Committee", "Province.Committee"], RolesOf(set["approvalChain"]!["steps"]!));
        var read = (await province.PostAsync("""{ province(code: "14", edition: "2025") { approvalChain { role actions } } }""")).EnsureData()["province"]!;
        Assert.Equal(["Commune.Committee", "Province.Committee"], RolesOf(read["approvalChain"]!));

        var after = await SubmitAsync(quynhNhai, "03703");
        Assert.Equal(["Commune.Committee", "Province.Committee"], RolesOf(after["chain"]!));
        Assert.Equal("Province.Committee", (string?)after["currentStep"]!["role"]);
        Assert.Equal("APPROVED", (string?)(await DecideAsync(province, "approveRemovalProposal", (string)after["id"]!))["proposal"]!["status"]);

        // Tô Hiệu's proposal was submitted under the default chain: it still waits for the police, not for the province.
        Assert.Equal("INVALID_STATE", (string?)(await DecideAsync(province, "approveRemovalProposal", (string)before["id"]!))["errors"]![0]!["code"]);
        var endorsed = (await DecideAsync(police, "endorseRemovalProposal", (string)before["id"]!))["proposal"]!;
        Assert.Equal(("ENDORSED", "Province.Committee"), ((string?)endorsed["status"], (string?)endorsed["currentStep"]!["role"]));
        Assert.Equal(["Commune.Committee", "Province.Police", "Province.Committee"], RolesOf(endorsed["chain"]!));
    }

    [Theory]
    [InlineData(Roles.ProvinceCommittee, "12")]
    [InlineData(Roles.ProvincePolice, "14")]
    [InlineData(Roles.Analyst, "14")]
    public async Task Only_the_platform_administrator_or_the_provinces_own_committee_may_set_it_and_a_refusal_changes_nothing(string role, string tokenProvince)
    {
        using var client = api.Client(api.Token(role, tokenProvince));
        var before = await api.Host.Grains.GetGrain<ITenantGrain>("14").GetApprovalChainAsync("2025");

        var response = await client.PostAsync(SetChain, new { province = "14", chain = WithoutPolice });

        Assert.Equal("FORBIDDEN", (string?)Assert.Single(response.Errors!)!["extensions"]!["code"]);
        Assert.Equal(Shown(before), Shown(await api.Host.Grains.GetGrain<ITenantGrain>("14").GetApprovalChainAsync("2025")));
    }

    [Fact]
    public async Task The_grain_refuses_another_provinces_committee_too_when_called_past_the_api()
    {
        var tenant = api.Host.Grains.GetGrain<ITenantGrain>("14");
        var before = await tenant.GetApprovalChainAsync("2025");

        var outcome = await tenant.SetApprovalChainAsync(
            new Caller("u-12", "Ban Chỉ đạo 138 tỉnh Lai Châu", [Roles.ProvinceCommittee], "12", null),
            "2025", [new(Roles.CommuneCommittee, [ProposalAction.Submit]), new(Roles.ProvinceCommittee, [ProposalAction.Approve])]);

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(outcome.Errors).Code);
        Assert.Equal(Shown(before), Shown(await tenant.GetApprovalChainAsync("2025")));
    }

    [Theory]
    [InlineData("chain[1].actions", "Ở bước cuối (quyết định)", "Province.Police", "ENDORSE")]
    [InlineData("chain[1].role", "\"Analyst\" không thể", "Analyst", "APPROVE")]
    [InlineData("chain[1].actions", "Thao tác \"APPROVED\" không có", "Province.Committee", "APPROVED")]
    public async Task An_invalid_chain_is_refused_in_vietnamese_naming_the_step_and_nothing_changes(string field, string message, string lastRole, string lastAction)
    {
        using var province = api.Client(api.Token(Roles.ProvinceCommittee, "14"));
        var before = await api.Host.Grains.GetGrain<ITenantGrain>("14").GetApprovalChainAsync("2025");
        object[] chain = [new { role = Roles.CommuneCommittee, actions = new[] { "SUBMIT" } }, new { role = lastRole, actions = new[] { lastAction } }];

        var payload = (await province.PostAsync(SetChain, new { province = "14", chain })).EnsureData()["setApprovalChain"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION_FAILED", field), ((string?)error["code"], (string?)error["field"]));
        Assert.Contains(message, (string?)error["message"]);
        Assert.Null(payload["approvalChain"]);
        Assert.Equal(Shown(before), Shown(await api.Host.Grains.GetGrain<ITenantGrain>("14").GetApprovalChainAsync("2025")));
    }

    private static string Shown(ApprovalChainInfo chain) =>
        $"{chain.IsDefault}: {string.Join(" → ", chain.Steps.Select(s => $"{s.Role}({string.Join(",", s.Actions)})"))}";

    private static string[] RolesOf(JsonNode steps) => [.. steps.AsArray().Select(s => (string)s!["role"]!)];

    private static async Task<JsonNode> SubmitAsync(GraphQLClient commune, string code)
    {
        var report = (await commune.PostAsync($$"""
            mutation { submitIndicatorReport(input: { communeCode: "{{code}}", period: "2027-10", values: [{ indicator: "security_cameras", value: 42 }] }) { errors { code } } }
            """)).EnsureData()["submitIndicatorReport"]!;
        Assert.Empty(report["errors"]!.AsArray());
        var submitted = (await commune.PostAsync($$"""
            mutation($evidence: [EvidenceInput!]) { submitRemovalProposal(input: { communeCode: "{{code}}", year: 2027, conferenceDate: "2027-11-20",
              assessment: "Địa bàn không còn phức tạp về an ninh trật tự.", conferenceChair: "Chủ tịch UBND, Trưởng ban chỉ đạo",
              conferenceAttendance: 40, conferenceSummary: "Hội nghị tổng kết công tác chuyển hóa năm 2027", evidence: $evidence }) {
              proposal { id status chain { role actions } currentStep { role } } errors { code message } } }
            """, new { evidence = EvidenceVariables.LetterAndMinutes(code, "2027-11-20") })).EnsureData()["submitRemovalProposal"]!;
        Assert.True(submitted["errors"]!.AsArray().Count == 0, submitted.ToJsonString());
        return submitted["proposal"]!;
    }

    private static async Task<JsonNode> DecideAsync(GraphQLClient client, string mutation, string id) =>
        (await client.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ proposalId: $id }}) {{ proposal {{ status chain {{ role }} currentStep {{ role }} }} errors {{ code message }} }} }}", new { id }))
            .EnsureData()[mutation]!;
}
