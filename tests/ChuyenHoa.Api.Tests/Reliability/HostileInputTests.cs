using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

/// <summary>
/// A corpus of malformed and hostile requests against a real host with the reference case: each is refused with a
/// 4xx or an error the caller can read, the data is the same afterwards, and the host stays ready.
/// </summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class HostileInputTests(DevelopmentHostFixture api)
{
    private const string Report = "mutation($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { report { version } errors { code message } } }";
    private const string Proposal = "mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) { proposal { id } errors { code message } } }";
    private const string Reject = "mutation($id: ID!, $reason: String) { rejectRemovalProposal(input: { proposalId: $id, reason: $reason }) { proposal { status } errors { code message } } }";
    private const string Approve = "mutation($id: ID!) { approveRemovalProposal(input: { proposalId: $id }) { proposal { status } errors { code message } } }";
    private const string Plan = "mutation($input: CreateConversionPlanInput!) { createConversionPlan(input: $input) { plan { id } errors { code message } } }";

    /// <summary>Who sends a request of the corpus: the district of Chiềng Khoang unless the case says otherwise.</summary>
    private enum Sender { District, Province, OtherProvince, Nobody }

    private sealed record Case(Sender Sender, Func<Guid, HttpRequestMessage> Build);

    private static readonly Dictionary<string, Case> Corpus = BuildCorpus();

    public static TheoryData<string> Cases => new(Corpus.Keys);

    [Fact]
    public void The_corpus_holds_at_least_sixty_requests() => Assert.InRange(Corpus.Count, 60, int.MaxValue);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_is_refused_changes_nothing_and_the_host_stays_ready(string name)
    {
        var (sender, build) = Corpus[name];
        using var province = api.Province14();
        using var client = api.Client(sender switch
        {
            Sender.District => api.Token(Roles.DistrictCommittee, "14", "118"),
            Sender.Province => api.Token(Roles.ProvinceCommittee, "14"),
            Sender.OtherProvince => api.Token(Roles.DistrictCommittee, "12", "105"),
            _ => null,
        });
        var before = await SnapshotAsync(province);

        var response = await client.SendAsync(build(api.ProposalId));

        var status = (int)response.Status;
        Assert.True(status is >= 400 and < 500 || (status == 200 && Refused(response.Body)), $"{name}: {status} {Shorten(response.Body)}");
        Assert.Equal(before, await SnapshotAsync(province));
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Formula_and_script_text_in_a_report_note_is_stored_and_read_back_as_the_same_text(int index)
    {
        var text = HostileText.All[index];
        using var district = api.Client(api.Token(Roles.DistrictCommittee, "14", "126"));

        var submitted = (await district.PostAsync(Report, new
        {
            input = new { communeCode = "04177", period = "2023-12", values = new[] { new { indicator = "security_cameras", value = 1_000 + index } }, note = text },
        })).EnsureData()["submitIndicatorReport"]!;

        Assert.Empty(submitted["errors"]!.AsArray());
        var history = (await district.PostAsync("""{ commune(code: "04177") { reportHistory { period indicator newValue note } } }""")).EnsureData()["commune"]!["reportHistory"]!.AsArray();
        var revision = history.Last(r => (string?)r!["period"] == "2023-12" && (string?)r["indicator"] == "security_cameras")!;
        Assert.Equal((1_000 + index, text), ((int)(double)revision["newValue"]!, (string?)revision["note"]));
    }

    [Fact]
    public async Task Formula_and_script_text_in_a_proposal_and_a_decision_reason_is_stored_as_the_same_text()
    {
        using var district = api.Client(api.Token(Roles.DistrictCommittee, "14", "127"));
        using var province = api.Province14();

        var submitted = (await district.PostAsync(Proposal, new
        {
            input = new
            {
                communeCode = "04240", year = 2023, conferenceDate = "2023-11-20", conferenceChair = HostileText.Markup[0], conferenceAttendance = 12,
                conferenceSummary = HostileText.Formulas[1], assessment = HostileText.Formulas[0], clientMutationId = "hostile-text",
                evidence = EvidenceVariables.LetterAndMinutes("04240", "2023-11-20"),
            },
        })).EnsureData()["submitRemovalProposal"]!;
        Assert.Empty(submitted["errors"]!.AsArray());
        var id = (string)submitted["proposal"]!["id"]!;
        var returned = (await province.PostAsync(
            "mutation($id: ID!, $reason: String) { returnRemovalProposal(input: { proposalId: $id, reason: $reason }) { errors { code } } }",
            new { id, reason = HostileText.Formulas[3] })).EnsureData()["returnRemovalProposal"]!;
        Assert.Empty(returned["errors"]!.AsArray());

        var read = (await province.PostAsync("query($id: ID!) { node(id: $id) { ... on RemovalProposal { assessment conference { chair summary } history { reason } } } }", new { id }))
            .EnsureData()["node"]!;
        Assert.Equal(HostileText.Formulas[0], (string?)read["assessment"]);
        Assert.Equal(HostileText.Markup[0], (string?)read["conference"]!["chair"]);
        Assert.Equal(HostileText.Formulas[1].Trim(), (string?)read["conference"]!["summary"]);
        Assert.Equal(HostileText.Formulas[3], (string?)read["history"]!.AsArray()[^1]!["reason"]);
    }

    public static TheoryData<int> HostileTexts => new(Enumerable.Range(0, HostileText.All.Count));

    /// <summary>Data of the reference case that any of the corpus could touch: reports of the five communes, the plan, the proposals.</summary>
    private static async Task<string> SnapshotAsync(GraphQLClient province) =>
        (await province.PostAsync("""
            { a: commune(code: "03718") { reportHistory { version } } b: commune(code: "03772") { reportHistory { version } }
              c: commune(code: "03823") { reportHistory { version } } d: commune(code: "04177") { reportHistory { version } }
              e: commune(code: "04240") { reportHistory { version } }
              conversionPlan(provinceCode: "14", year: 2023) { decisionNumber communes { code } designations { status } removalCriteria { indicator } }
              y: conversionPlan(provinceCode: "14", year: 2024) { decisionNumber }
              removalProposals(provinceCode: "14") { totalCount edges { node { status version assessment } } } }
            """)).EnsureData().ToJsonString();

    /// <summary>An error at the top level or in a payload's errors, and no payload that reports success.</summary>
    private static bool Refused(string body)
    {
        var json = JsonNode.Parse(body)!;
        if (json["errors"] is JsonArray { Count: > 0 })
        {
            return true;
        }

        return json["data"] is JsonObject data && data.All(field => field.Value?["errors"] is JsonArray { Count: > 0 });
    }

    private static string Shorten(string body) => body.Length > 400 ? body[..400] + "…" : body;

    private static HttpRequestMessage Raw(byte[] body, string contentType = "application/json") =>
        new(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) { Headers = { { "Content-Type", contentType } } } };

    private static HttpRequestMessage Raw(string body, string contentType = "application/json") => Raw(Encoding.UTF8.GetBytes(body), contentType);

    private static HttpRequestMessage Post(string query, object? variables = null) => Raw(JsonSerializer.Serialize(new { query, variables }));

    private static object ReportInput(string communeCode = "03718", string period = "2023-11", string indicator = "criminal_cases", object? value = null, string? note = null) =>
        new { input = new { communeCode, period, values = new[] { new { indicator, value = value ?? 1 } }, note } };

    /// <summary>A valid report of Chiềng Khoang for November 2023 with one thing made hostile by <paramref name="value"/>.</summary>
    private static HttpRequestMessage ReportWithValue(object value, string? note = null) => Post(Report, ReportInput(value: value, note: note));

    private static object ProposalInput(string communeCode = "03718", string conferenceDate = "2023-11-20", string assessment = "Đủ điều kiện", int attendance = 30, object? evidence = null) =>
        new
        {
            input = new
            {
                communeCode, year = 2023, conferenceDate, conferenceChair = "Chủ tịch UBND huyện", conferenceAttendance = attendance, conferenceSummary = "Hội nghị",
                assessment, evidence,
            },
        };

    private static string ProposalId(Guid id) => GlobalId.Encode("RemovalProposal", id.ToString("N"));

    private static Dictionary<string, Case> BuildCorpus()
    {
        var corpus = new Dictionary<string, Case>();
        void Add(string name, Func<Guid, HttpRequestMessage> build, Sender sender = Sender.District) => corpus.Add(name, new Case(sender, build));
        void AddFixed(string name, Func<HttpRequestMessage> build, Sender sender = Sender.District) => Add(name, _ => build(), sender);

        // Bodies that are not JSON, not UTF-8, or not what they claim.
        AddFixed("json-truncated", () => Raw("""{"query": "mutation { submitIndicatorReport(input: {"""));
        AddFixed("json-single-quotes", () => Raw("{'query': '{ me { displayName } }'}"));
        AddFixed("json-trailing-garbage", () => Raw("""{"query": "{ me { displayName } }"} }}}"""));
        AddFixed("json-not-an-object", () => Raw("42"));
        AddFixed("json-query-is-a-number", () => Raw("""{"query": 123}"""));
        AddFixed("json-variables-is-a-string", () => Raw("""{"query": "query($c: String!) { commune(code: $c) { code } }", "variables": "03718"}"""));
        AddFixed("json-empty-body", () => Raw(""));
        AddFixed("json-only-whitespace", () => Raw("   \n  "));
        AddFixed("utf8-invalid-bytes", () => Raw([0x7B, 0x22, 0x71, 0xFF, 0xFE, 0x22, 0x3A, 0x22, 0x7B, 0x7D, 0x22, 0x7D]));
        AddFixed("utf8-invalid-inside-a-note", () => Raw([.. Encoding.UTF8.GetBytes("{\"query\": \"mutation { submitIndicatorReport(input: { communeCode: \\\"03718\\\", period: \\\"2023-11\\\", values: [{ indicator: \\\"criminal_cases\\\", value: 1 }], note: \\\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\\\" }) { errors { code } } }\"}")]));
        AddFixed("utf8-overlong-encoding", () => Raw([.. Encoding.UTF8.GetBytes("{\"query\": \"{ commune(code: \\\"0371"), 0xC0, 0xB8, .. Encoding.UTF8.GetBytes("\\\") { code } }\"}")]));
        AddFixed("utf16-body-declared-as-utf8", () => Raw(Encoding.Unicode.GetBytes("""{"query": "{ me { displayName } }"}""")));
        AddFixed("nul-bytes-raw", () => Raw([.. Encoding.UTF8.GetBytes("""{"query": "mutation { submitIndicatorReport"""), 0x00, 0x00, .. Encoding.UTF8.GetBytes("""(input: {}) { errors { code } } }"}""")]));
        AddFixed("nul-in-commune-code", () => Post(Report, ReportInput(communeCode: "037\u000018")));
        AddFixed("nul-in-period", () => Post(Report, ReportInput(period: "2023-11\u0000")));
        AddFixed("nul-in-indicator", () => Post(Report, ReportInput(indicator: "criminal_cases\u0000")));
        AddFixed("content-type-text-plain", () => Raw("""{"query": "{ me { displayName } }"}""", "text/plain"));
        AddFixed("content-type-latin1", () => Raw("""{"query": "{ me { displayName } }"}""", "application/json; charset=iso-8859-1"));
        AddFixed("content-type-form", () => Raw("query=mutation", "application/x-www-form-urlencoded"));
        AddFixed("accept-only-images", () =>
        {
            var request = Post("{ me { displayName } }");
            request.Headers.Accept.ParseAdd("image/png");
            return request;
        });
        AddFixed("method-put", () => new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        AddFixed("mutation-over-get", () => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-11\", values: [{ indicator: \"criminal_cases\", value: 1 }] }) { errors { code } } }")));

        // Size and shape.
        AddFixed("body-10-mb", () => Raw("{\"query\": \"{ me { displayName } }\", \"variables\": {\"pad\": \"" + new string('a', 10 * 1024 * 1024) + "\"}}"));
        AddFixed("note-9-mb", () => ReportWithValue(1, note: new string('x', 9 * 1024 * 1024)));
        AddFixed("query-depth-60", () => Post("{ province(code: \"14\") { " + string.Concat(Enumerable.Repeat("districts { province { ", 30)) + "code" + new string('}', 61) + " }"));
        AddFixed("json-nesting-10000", () => Raw("{\"query\": \"{ me { displayName } }\", \"variables\": {\"x\": " + new string('[', 10_000) + new string(']', 10_000) + "}}"));
        AddFixed("query-2000-aliases", () => Post("{ " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"a{i}: province(code: \"14\") {{ districts {{ communes {{ code }} }} }} ")) + "}"));
        AddFixed("mutation-300-aliases", () => Post("mutation { " + string.Concat(Enumerable.Range(0, 300).Select(i => $"m{i}: submitIndicatorReport(input: {{ communeCode: \"03718\", period: \"2023-11\", values: [{{ indicator: \"criminal_cases\", value: -1 }}] }}) {{ errors {{ code }} }} ")) + "}"));
        AddFixed("values-list-100000", () => Post(Report, new { input = new { communeCode = "03718", period = "2023-11", values = Enumerable.Range(0, 100_000).Select(i => new { indicator = "criminal_cases", value = i }).ToArray() } }));
        AddFixed("values-list-empty", () => Post(Report, new { input = new { communeCode = "03718", period = "2023-11", values = Array.Empty<object>() } }));
        AddFixed("plan-communes-50000", () => Post(Plan, new { input = new { provinceCode = "14", year = 2024, decisionNumber = "", decisionDate = "2024-01-01", communeCodes = Enumerable.Range(0, 50_000).Select(i => $"{i:00000}").ToArray(), removalCriteria = Array.Empty<object>() } }), Sender.Province);
        AddFixed("evidence-list-2000-invalid", () => Post(Proposal, ProposalInput(communeCode: "03772", evidence: Enumerable.Range(0, 2000).Select(i => new { fileName = $"../{i}.txt", contentType = "text/plain", contentBase64 = "" }).ToArray())));

        // Numbers: overflow, negative, fractional, not numbers.
        AddFixed("value-negative", () => ReportWithValue(-1));
        AddFixed("value-fraction", () => ReportWithValue(1.5));
        AddFixed("value-tiny-fraction", () => ReportWithValue(0.000001));
        AddFixed("value-above-long", () => ReportWithValue(9.3e18));
        AddFixed("value-1e308", () => ReportWithValue(1.7976931348623157e308));
        AddFixed("value-as-text", () => ReportWithValue("mười"));
        AddFixed("value-as-numeric-text", () => ReportWithValue("5"));
        AddFixed("value-nan-literal", () => Raw("""{"query": "mutation { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-11\", values: [{ indicator: \"criminal_cases\", value: NaN }] }) { errors { code } } }"}"""));
        AddFixed("value-null", () => Raw("""{"query": "mutation($v: Float!) { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-11\", values: [{ indicator: \"criminal_cases\", value: $v }] }) { errors { code } } }", "variables": {"v": null}}"""));
        AddFixed("year-int-overflow", () => Post(Proposal, new { input = new { communeCode = "03772", year = 4_294_967_296L, conferenceDate = "2023-11-20", assessment = "x" } }));
        AddFixed("attendance-int-overflow", () => Raw("""{"query": "mutation { submitRemovalProposal(input: { communeCode: \"03772\", year: 2023, conferenceDate: \"2023-11-20\", assessment: \"x\", conferenceAttendance: 99999999999 }) { errors { code } } }"}"""));
        AddFixed("attendance-negative", () => Post(Proposal, ProposalInput(communeCode: "03772", attendance: -5)));
        AddFixed("criterion-threshold-negative", () => Post(Plan, new { input = new { provinceCode = "14", year = 2024, decisionNumber = "1/QĐ", decisionDate = "2024-01-01", communeCodes = new[] { "03718" }, removalCriteria = new[] { new { indicator = "security_cameras", kind = "AT_LEAST", threshold = -10 } } } }), Sender.Province);

        // Periods and dates.
        foreach (var period in new[] { "2023-13", "2023-00", "23-11", "2023/11", "2023-11-01", "", "2023-Q4", "2023", "9999-12", "2023-1", "=1+1", "２０２３-11" })
        {
            AddFixed($"period-{period}", () => Post(Report, ReportInput(period: period)));
        }

        AddFixed("conference-date-30-feb", () => Post(Proposal, ProposalInput(communeCode: "03772", conferenceDate: "2023-02-30")));
        AddFixed("conference-date-before-plan", () => Post(Proposal, ProposalInput(communeCode: "03772", conferenceDate: "2020-01-01")));
        AddFixed("conference-date-words", () => Post(Proposal, ProposalInput(communeCode: "03772", conferenceDate: "hôm qua")));

        // Codes that do not exist, look alike, or carry markup.
        foreach (var (label, code) in new[] { ("unknown", "99999"), ("district", "118"), ("province", "14"), ("sql", "03718' OR '1'='1"), ("formula", "=HYPERLINK(\"http://x\")"), ("fullwidth", "０３７１８"), ("other-province", "03325"), ("spaces", " 03718 ") })
        {
            AddFixed($"commune-{label}", () => Post(Report, ReportInput(communeCode: code)));
        }

        var nfd = "tội_phạm".Normalize(NormalizationForm.FormD);
        AddFixed("indicator-nfd-vietnamese", () => Post(Report, ReportInput(indicator: nfd)));
        AddFixed("indicator-unknown", () => Post(Report, ReportInput(indicator: "criminal_case")));
        AddFixed("indicator-script", () => Post(Report, ReportInput(indicator: "<script>alert(1)</script>")));
        AddFixed("note-formula-with-negative-value", () => ReportWithValue(-3, note: HostileText.Formulas[0]));
        AddFixed("assessment-empty", () => Post(Proposal, ProposalInput(communeCode: "03772", assessment: " ")));
        AddFixed("assessment-formula-on-pending-commune", () => Post(Proposal, ProposalInput(assessment: HostileText.Formulas[0])));
        AddFixed("evidence-bad-base64", () => Post(Proposal, ProposalInput(communeCode: "03772", evidence: new[] { new { fileName = "a.pdf", contentType = "application/pdf", contentBase64 = "@@not base64@@" } })));
        AddFixed("evidence-path-traversal", () => Post(Proposal, ProposalInput(communeCode: "03772", evidence: new[] { new { fileName = "../../etc/passwd", contentType = "text/plain", contentBase64 = "YQ==" } })));
        AddFixed("proposal-id-garbage", () => Post(Approve, new { id = "not-an-id" }), Sender.Province);
        AddFixed("proposal-id-of-a-commune", () => Post(Approve, new { id = GlobalId.Encode("Commune", "03718") }), Sender.Province);
        AddFixed("proposal-id-unknown", () => Post(Approve, new { id = ProposalId(Guid.NewGuid()) }), Sender.Province);
        Add("reject-without-reason", id => Post(Reject, new { id = ProposalId(id), reason = "   " }), Sender.Province);
        Add("reject-reason-nul-only", id => Post(Reject, new { id = ProposalId(id), reason = "\u0000" }), Sender.Province);

        // GraphQL documents that do not validate.
        AddFixed("unknown-input-field", () => Raw("""{"query": "mutation { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-11\", values: [], admin: true }) { errors { code } } }"}"""));
        AddFixed("missing-required-field", () => Raw("""{"query": "mutation { submitIndicatorReport(input: { communeCode: \"03718\", values: [] }) { errors { code } } }"}"""));
        AddFixed("code-as-number", () => Raw("""{"query": "mutation { submitIndicatorReport(input: { communeCode: 3718, period: \"2023-11\", values: [] }) { errors { code } } }"}"""));
        AddFixed("operation-name-unknown", () => Raw("""{"query": "mutation A { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-11\", values: [] }) { errors { code } } }", "operationName": "B"}"""));
        AddFixed("two-operations-no-name", () => Raw("""{"query": "query A { me { displayName } } mutation B { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-11\", values: [] }) { errors { code } } }"}"""));
        AddFixed("introspection-typename-only-mutation", () => Raw("""{"query": "mutation { __typename submitIndicatorReport }"}"""));

        // Callers who may not do it.
        AddFixed("no-token", () => Post(Report, ReportInput(value: 2)), Sender.Nobody);
        AddFixed("garbage-token", () =>
        {
            var request = Post(Report, ReportInput(value: 2));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJQbGF0Zm9ybS5BZG1pbiJdfQ.");
            return request;
        }, Sender.Nobody);
        AddFixed("other-province-reports-for-son-la", () => Post(Report, ReportInput(value: 2)), Sender.OtherProvince);
        Add("district-approves", id => Post(Approve, new { id = ProposalId(id) }));
        return corpus;
    }
}
