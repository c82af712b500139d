using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

/// <summary>Fifty callers, each with a token of their own, act on the same proposal and the same report at the same moment.</summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class ConcurrencyTests(DevelopmentHostFixture api)
{
    private const int Clients = 50;

    [Fact]
    public async Task Of_fifty_simultaneous_decisions_on_one_proposal_exactly_one_wins_and_the_audit_trail_holds_it_alone()
    {
        var id = GlobalId.Encode("RemovalProposal", api.ProposalId.ToString("N"));
        string[] actions = ["approveRemovalProposal", "rejectRemovalProposal", "returnRemovalProposal"];
        var callers = Enumerable.Range(0, Clients)
            .Select(i => (Action: actions[i % 3], Name: $"Ủy viên {i:00}", Client: api.Client(api.Token(Roles.ProvinceCommittee, "14", name: $"Ủy viên {i:00}"))))
            .ToArray();
        var start = new TaskCompletionSource();

        var pending = callers.Select(async caller =>
        {
            await start.Task;
            var response = await caller.Client.PostAsync(
                $"mutation($id: ID!) {{ {caller.Action}(input: {{ proposalId: $id, reason: \"Quyết định của {caller.Name}\" }}) {{ proposal {{ status }} errors {{ code }} }} }}",
                new { id });
            var payload = response.EnsureData()[caller.Action]!;
            return new Decision(caller.Action, caller.Name, (string?)payload["proposal"]?["status"], payload["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToArray());
        }).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(pending);
        foreach (var caller in callers)
        {
            caller.Client.Dispose();
        }

        var winner = Assert.Single(results, r => r.Status is not null);
        Assert.Empty(winner.Codes);
        Assert.All(results.Where(r => r != winner), r => Assert.Contains(Assert.Single(r.Codes), new[] { "CONFLICT", "INVALID_STATE" }));
        using var province = api.Province14();
        var proposal = (await province.PostAsync("query($id: ID!) { node(id: $id) { ... on RemovalProposal { status history { action actorName reason } } } }", new { id }))
            .EnsureData()["node"]!;
        Assert.Equal(winner.Status, (string?)proposal["status"]);
        var history = proposal["history"]!.AsArray();
        Assert.Equal(["SUBMIT", winner.Action.Replace("RemovalProposal", "").ToUpperInvariant()], history.Select(e => (string)e!["action"]!));
        Assert.Equal((winner.Name, $"Quyết định của {winner.Name}"), ((string?)history[1]!["actorName"], (string?)history[1]!["reason"]));
        var expectedDesignation = winner.Status == "APPROVED" ? "REMOVED" : "DESIGNATED";
        await Eventually.HoldsAsync(
            async () => (string?)(await province.PostAsync("""{ commune(code: "03718") { designation(year: 2023) { status } } }""")).EnsureData()["commune"]!["designation"]!["status"] == expectedDesignation,
            TimeSpan.FromSeconds(30),
            $"the plan shows Chiềng Khoang {expectedDesignation} after {winner.Status}");
    }

    [Fact]
    public async Task Fifty_simultaneous_reports_of_one_month_are_each_recorded_once_in_one_unbroken_history_and_the_district_total_follows()
    {
        var callers = Enumerable.Range(0, Clients)
            .Select(i => (Value: 200 + i, Client: api.Client(api.Token(Roles.DistrictCommittee, "14", "120", $"Cán bộ {i:00}"))))
            .ToArray();
        var start = new TaskCompletionSource();

        var pending = callers.Select(async caller =>
        {
            await start.Task;
            var response = await caller.Client.PostAsync(
                "mutation($v: Float!) { submitIndicatorReport(input: { communeCode: \"03823\", period: \"2023-12\", values: [{ indicator: \"security_cameras\", value: $v }], note: \"Đếm lại camera\" }) { report { version } errors { code } } }",
                new { v = caller.Value });
            var payload = response.EnsureData()["submitIndicatorReport"]!;
            Assert.Empty(payload["errors"]!.AsArray());
            return (caller.Value, Version: (long)(double)payload["report"]!["version"]!);
        }).ToArray();
        start.SetResult();
        var accepted = await Task.WhenAll(pending);
        foreach (var caller in callers)
        {
            caller.Client.Dispose();
        }

        using var district = api.Client(api.Token(Roles.DistrictCommittee, "14", "120", "Ban Chỉ đạo 138 huyện Mường La"));
        var read = (await district.PostAsync("""
            { commune(code: "03823") { reportHistory { version period indicator oldValue newValue actorName } indicators(period: "2023-12", indicators: ["security_cameras"]) { value } } }
            """)).EnsureData()["commune"]!;
        var revisions = read["reportHistory"]!.AsArray()
            .Where(r => (string?)r!["period"] == "2023-12" && (string?)r["indicator"] == "security_cameras")
            .Select(r => (Version: (long)r!["version"]!, Old: (double?)r["oldValue"], New: (double)r["newValue"]!))
            .OrderBy(r => r.Version)
            .ToArray();
        Assert.Equal(Clients, revisions.Length);
        Assert.Equal(accepted.Select(a => (a.Version, (double)a.Value)).OrderBy(a => a.Version), revisions.Select(r => (r.Version, r.New)));
        Assert.Equal(revisions.Length, revisions.Select(r => r.Version).Distinct().Count());
        for (var i = 1; i < revisions.Length; i++)
        {
            Assert.Equal(revisions[i - 1].New, revisions[i].Old);
        }

        Assert.Equal(revisions[^1].New, (double)read["indicators"]![0]!["value"]!);
        await Eventually.HoldsAsync(async () => await DistrictTotalMatchesCommunesAsync(district), TimeSpan.FromSeconds(30), "Mường La's December total is the sum of its communes");
    }

    private sealed record Decision(string Action, string Name, string? Status, string[] Codes);

    private static async Task<bool> DistrictTotalMatchesCommunesAsync(GraphQLClient client)
    {
        var district = (await client.PostAsync("""
            { district(code: "120") { indicators(period: "2023-12", indicators: ["security_cameras"]) { value } communes { indicators(period: "2023-12", indicators: ["security_cameras"]) { value } } } }
            """)).EnsureData()["district"]!;
        var sum = district["communes"]!.AsArray().Sum(c => (double?)c!["indicators"]![0]!["value"] ?? 0);
        return (double?)district["indicators"]![0]!["value"] == sum;
    }
}
