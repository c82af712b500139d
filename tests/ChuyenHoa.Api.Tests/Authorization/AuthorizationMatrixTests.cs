using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Security;

namespace ChuyenHoa.Api.Tests.Authorization;

/// <summary>
/// Every root query and mutation × every role × own and other province, district and commune, through real tokens and
/// real HTTP. Reads of what a caller may not see come back empty (as not found); writes are refused with FORBIDDEN.
/// Allowed writes are sent with input that validation refuses, so the whole matrix changes nothing.
/// </summary>
[Collection(AuthorizationMatrixCollection.Name)]
public sealed class AuthorizationMatrixTests(MatrixHost api)
{
    public static TheoryData<string> Callers
    {
        get
        {
            var callers = new TheoryData<string>();
            foreach (var caller in MatrixCallers.Scopes.Keys)
            {
                callers.Add(caller);
            }

            return callers;
        }
    }

    /// <summary>Which callers see Sơn La data through each root query (the answer then holds the marker); everyone else gets nothing.</summary>
    private static readonly Dictionary<string, (string Query, string Marker, string[] SeenBy)> Reads = new()
    {
        // A district committee sees its province's identity (README, "What each role may read"); its totals are in the nested matrix.
        ["province"] = ("""{ province(code: "14") { code } }""", "\"14\"", ["province-14", "analyst-14", "police-14", "district-14-118", "district-14-119", "commune-14-03718"]),
        ["district"] = ("""{ district(code: "118") { code } }""", "\"118\"", ["province-14", "analyst-14", "police-14", "district-14-118"]),
        // Sơn La is on the three-level edition here: the commune committee of Chiềng Khoang reads its own 2024 commune.
        ["commune"] = ("""{ commune(code: "03718") { code } }""", "\"03718\"", ["province-14", "analyst-14", "police-14", "district-14-118", "commune-14-03718"]),
        ["node"] = ($$"""{ node(id: "{{GlobalId.Encode("Commune", "03718")}}") { id } }""", "\"id\"", ["province-14", "analyst-14", "police-14", "district-14-118", "commune-14-03718"]),
        ["provinces"] = ("{ provinces { code } }", "\"14\"", ["province-14", "analyst-14", "police-14", "district-14-118", "district-14-119", "commune-14-03718"]),
        ["conversionPlan"] = ("""{ conversionPlan(provinceCode: "14", year: 2023) { decisionNumber } }""", "314/", ["province-14", "analyst-14", "police-14", "district-14-118", "district-14-119", "commune-14-03718"]),
        // A commune committee lists its own two-level commune's proposals only: 03718's is a three-level proposal, its district's.
        ["removalProposals"] = ("""{ removalProposals(provinceCode: "14") { edges { node { communeCode } } } }""", "\"03718\"", ["province-14", "analyst-14", "police-14", "district-14-118"]),
        // The dry run of a proposal reads the commune's figures: whoever reads the commune, as its proposal's reviewers do.
        ["removalCriteriaPreview"] = ("""{ removalCriteriaPreview(provinceCode: "14", year: 2023, communeCode: "03718") { period } }""", "\"2023\"", ["province-14", "analyst-14", "police-14", "district-14-118"]),
        // The limits of evidence are the server's, the same for everyone signed in.
        ["evidenceLimits"] = ("{ evidenceLimits { maxFileBytes } }", "maxFileBytes", [.. MatrixCallers.Scopes.Keys]),
        ["indicatorSeries"] = ("""{ indicatorSeries(unitCode: "03718", indicator: "criminal_cases", from: "2023-01", to: "2023-03") { period } }""", "2023-01", ["province-14", "analyst-14", "police-14", "district-14-118", "commune-14-03718"]),
        ["indicatorTable"] = ("""{ indicatorTable(unitCode: "14", level: "DISTRICT", indicators: ["criminal_cases"], periods: ["2023"]) { unitCode } }""", "\"118\"", ["province-14", "analyst-14", "police-14"]),
    };

    /// <summary>Which callers may run each mutation on Sơn La (the input is refused by validation, so nothing changes).</summary>
    private static readonly Dictionary<string, (string Mutation, string[] AllowedFor)> Writes = new()
    {
        ["createConversionPlan"] = ("""mutation { createConversionPlan(input: { provinceCode: "14", year: 2023, decisionNumber: "", decisionDate: "2023-01-01", communeCodes: [], removalCriteria: [] }) { errors { code } } }""", ["province-14"]),
        // A three-level commune reports through its district committee; its commune committee reads it but does not report.
        ["submitIndicatorReport"] = ("""mutation { submitIndicatorReport(input: { communeCode: "03718", period: "2023-11", values: [{ indicator: "criminal_cases", value: -1 }] }) { errors { code } } }""", ["district-14-118"]),
        // Sơn La's 2023 plan is three-level: its proposer is the district committee, not the commune's.
        ["submitRemovalProposal"] = ("""mutation { submitRemovalProposal(input: { communeCode: "03718", year: 2023, conferenceDate: "2023-11-17", assessment: "" }) { errors { code } } }""", ["district-14-118"]),
        // Withdraw and approve go to the withdrawn proposal of Thuận Châu: whoever may act on it gets CONFLICT, so nothing changes.
        ["withdrawRemovalProposal"] = ("mutation($withdrawn: ID!) { withdrawRemovalProposal(input: { proposalId: $withdrawn }) { errors { code } } }", ["district-14-119"]),
        ["approveRemovalProposal"] = ("mutation($withdrawn: ID!) { approveRemovalProposal(input: { proposalId: $withdrawn }) { errors { code } } }", ["province-14"]),
        ["rejectRemovalProposal"] = ("mutation($id: ID!) { rejectRemovalProposal(input: { proposalId: $id, reason: \" \" }) { errors { code } } }", ["province-14"]),
        ["returnRemovalProposal"] = ("mutation($id: ID!) { returnRemovalProposal(input: { proposalId: $id, reason: \"\" }) { errors { code } } }", ["province-14"]),
        // The three-level chain has no reviewing step, so no police may endorse; its decider passes the scope check only to hear INVALID_STATE.
        ["endorseRemovalProposal"] = ("mutation($id: ID!) { endorseRemovalProposal(input: { proposalId: $id }) { errors { code } } }", ["province-14"]),
        // Only the province's committee answers for a successor; an empty code is refused by validation, so nothing changes.
        ["confirmCarriedOverDesignation"] = ("mutation { confirmCarriedOverDesignation(input: { provinceCode: \"14\", year: 2025, communeCode: \"\", keep: true }) { errors { code } } }", ["province-14"]),
        // Onboarding is the platform's, not a province's: every platform administrator may; an unknown edition changes nothing.
        ["onboardProvince"] = ("mutation { onboardProvince(input: { provinceCode: \"14\", edition: \"1999\" }) { errors { code } } }", ["admin-14", "admin-12"]),
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_root_query_shows_son_la_only_to_those_who_may_see_it(string caller)
    {
        using var client = ClientFor(caller);
        foreach (var (field, (query, marker, seenBy)) in Reads)
        {
            var response = await client.PostAsync(query);
            var sees = response.EnsureData()[field]?.ToJsonString().Contains(marker, StringComparison.Ordinal) == true;
            Assert.True(sees == seenBy.Contains(caller), $"{caller} {(sees ? "sees" : "does not see")} {field}: {response.Body}");
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_mutation_is_allowed_only_to_its_role_and_scope_and_a_refusal_changes_nothing(string caller)
    {
        using var client = ClientFor(caller);
        using var province = api.Province14();
        var before = await SnapshotAsync(province);
        var proposalId = GlobalId.Encode("RemovalProposal", api.ProposalId.ToString("N"));
        var withdrawn = GlobalId.Encode("RemovalProposal", api.WithdrawnProposalId.ToString("N"));
        foreach (var (field, (mutation, allowedFor)) in Writes)
        {
            var response = await client.PostAsync(mutation, mutation.Contains("$withdrawn") ? new { withdrawn } : new { id = proposalId });
            var codes = (response.Errors ?? []).Select(e => (string?)e!["extensions"]?["code"])
                .Concat((response.Data?[field]?["errors"] as JsonArray ?? []).Select(e => (string?)e!["code"]))
                .ToArray();
            var refused = codes.Contains("FORBIDDEN") || codes.Contains("NOT_FOUND");
            Assert.True(refused != allowedFor.Contains(caller), $"{caller} {field}: {response.Body}");
            if (refused)
            {
                Assert.DoesNotContain("\"proposal\":{", response.Body);
            }
        }

        Assert.Equal(before, await SnapshotAsync(province));
    }

    private ChuyenHoa.Testing.GraphQLClient ClientFor(string caller)
    {
        var (role, province, district, commune) = MatrixCallers.Scopes[caller];
        return api.Client(api.Token(role, province, district, commune: commune));
    }

    private static async Task<string> SnapshotAsync(ChuyenHoa.Testing.GraphQLClient province) =>
        (await province.PostAsync("""
            { commune(code: "03718") { reportHistory { version } designation(year: 2023) { status } }
              conversionPlan(provinceCode: "14", year: 2023) { decisionNumber designations { status } }
              removalProposals(provinceCode: "14") { totalCount edges { node { status version } } } }
            """)).EnsureData().ToJsonString();
}
