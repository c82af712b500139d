using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.DemoData;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>Plan 314/QĐ-UBND of Sơn La and no proposal yet: each test proposes a commune of its own.</summary>
public sealed class TypedDocumentsHost : ApiHostFixture
{
    protected override ReferenceData Data => ReferenceData.Plan;
}

/// <summary>Typed evidence through the API: what a chain requires before a proposal is sent, and what is stored of each document.</summary>
public sealed class TypedDocumentsThroughApiTests(TypedDocumentsHost api) : IClassFixture<TypedDocumentsHost>
{
    private const string Submit = """
        mutation($commune: String!, $evidence: [EvidenceInput!]) {
          submitRemovalProposal(input: { communeCode: $commune, year: 2023, conferenceDate: "2023-11-17", assessment: "Xã không còn phức tạp về an ninh trật tự.",
            conferenceChair: "Trưởng ban chỉ đạo huyện", conferenceAttendance: 40, conferenceSummary: "Hội nghị tổng kết năm 2023", evidence: $evidence }) {
            proposal { id status evidence { type typeName number date fileName sha256 } chain { role requiredDocuments } }
            errors { code message field } } }
        """;

    private static readonly object Letter = Document("to-trinh.pdf", "PROPOSAL_LETTER", "68/TTr-BCĐ", "2023-11-20");
    private static readonly object Minutes = Document("bien-ban.pdf", "CONFERENCE_MINUTES", null, "2023-11-17");

    [Fact]
    public async Task Without_its_letter_a_proposal_is_refused_naming_the_missing_type_and_nothing_is_stored_then_with_letter_and_minutes_it_reads_back_typed()
    {
        using var quynhNhai = api.QuynhNhai();
        using var province = api.Province14();
        var chain = (await province.PostAsync("""{ province(code: "14") { approvalChain { role requiredDocuments } } }""")).EnsureData()["province"]!["approvalChain"]!;
        Assert.Equal(["PROPOSAL_LETTER", "CONFERENCE_MINUTES"], Strings(chain[0]!["requiredDocuments"]!));
        Assert.Empty(chain[1]!["requiredDocuments"]!.AsArray());

        var refused = (await quynhNhai.PostAsync(Submit, new { commune = ReferenceCase.CommuneCode, evidence = new[] { Minutes } })).EnsureData()["submitRemovalProposal"]!;

        Assert.Null(refused["proposal"]);
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION_FAILED", "evidence"), ((string?)error["code"], (string?)error["field"]));
        Assert.StartsWith("Chưa đủ tài liệu để gửi đề xuất: thiếu tờ trình. Ban Chỉ đạo huyện cần đính kèm tờ trình, biên bản hội nghị", (string?)error["message"]);
        var untouched = (await province.PostAsync("""
            { removalProposals(provinceCode: "14") { totalCount } commune(code: "03718") { designation(year: 2023) { status } } }
            """)).EnsureData();
        Assert.Equal((0, "DESIGNATED"), ((int)untouched["removalProposals"]!["totalCount"]!, (string?)untouched["commune"]!["designation"]!["status"]));
        Assert.Null(await ReservedProposalAsync(ReferenceCase.CommuneCode));

        var report = Document("bao-cao.pdf", "REPORT", "123/BC-BCĐ", "2023-11-15");
        var submitted = (await quynhNhai.PostAsync(Submit, new { commune = ReferenceCase.CommuneCode, evidence = new[] { Letter, Minutes, report } })).EnsureData()["submitRemovalProposal"]!;

        Assert.Empty(submitted["errors"]!.AsArray());
        var proposal = submitted["proposal"]!;
        Assert.Equal("SUBMITTED", (string?)proposal["status"]);
        Assert.Equal(
            [
                ("PROPOSAL_LETTER", "Tờ trình", "68/TTr-BCĐ", "2023-11-20"),
                ("CONFERENCE_MINUTES", "Biên bản hội nghị", null, "2023-11-17"),
                ("REPORT", "Báo cáo", "123/BC-BCĐ", "2023-11-15"),
            ],
            proposal["evidence"]!.AsArray().Select(e => ((string?)e!["type"], (string?)e["typeName"], (string?)e["number"], (string?)e["date"])));
        Assert.Equal(["PROPOSAL_LETTER", "CONFERENCE_MINUTES"], Strings(proposal["chain"]![0]!["requiredDocuments"]!));
        var read = (await province.PostAsync("query($id: ID!) { node(id: $id) { ... on RemovalProposal { evidence { typeName number date } } } }", new { id = (string)proposal["id"]! }))
            .EnsureData()["node"]!["evidence"]!;
        Assert.Equal(["Tờ trình", "Biên bản hội nghị", "Báo cáo"], read.AsArray().Select(e => (string)e!["typeName"]!));
        Assert.Equal((string?)proposal["id"], GlobalId.Encode("RemovalProposal", (await ReservedProposalAsync(ReferenceCase.CommuneCode))!.Value.ToString("N")));

        // The dashboard's review page asks by its persisted document, which must stay within the complexity limit with them.
        var review = await PersistedDocuments.RunAsync(province, "ProposalsForReview", new { provinceCode = "14" });
        var listed = review["removalProposals"]!["items"]![0]!["evidence"]!.AsArray();
        Assert.Equal([("Tờ trình", "68/TTr-BCĐ", "2023-11-20"), ("Biên bản hội nghị", null, "2023-11-17"), ("Báo cáo", "123/BC-BCĐ", "2023-11-15")],
            listed.Select(e => ((string?)e!["typeName"], (string?)e["number"], (string?)e["date"])));
    }

    [Fact]
    public async Task A_letter_with_a_malformed_number_and_a_document_without_type_or_date_are_refused_naming_each_field_and_nothing_is_stored()
    {
        using var thuanChau = api.Client(api.Token(Roles.DistrictCommittee, "14", "119", "Ban Chỉ đạo 138 huyện Thuận Châu"));
        var untyped = new { fileName = "bien-ban.pdf", contentType = "application/pdf", contentBase64 = "AQID", date = (string?)null };

        var refused = (await thuanChau.PostAsync(Submit, new
        {
            commune = "03772",
            evidence = new object[] { Document("to-trinh.pdf", "PROPOSAL_LETTER", "68 TTr", "2023-11-20"), untyped, Document("bao-cao.pdf", "REPORT", null, "20/11/2023") },
        })).EnsureData()["submitRemovalProposal"]!;

        Assert.Null(refused["proposal"]);
        var errors = refused["errors"]!.AsArray().Select(e => ((string?)e!["field"], (string?)e["message"])).ToArray();
        Assert.Equal(["evidence[0].number", "evidence[1].type", "evidence[2].date"], errors.Select(e => e.Item1));
        Assert.Equal("Số, ký hiệu \"68 TTr\" của Tờ trình \"to-trinh.pdf\" không đúng dạng số/ký hiệu: ví dụ 12/TTr-UBND.", errors[0].Item2);
        Assert.StartsWith("Chưa chọn loại cho tài liệu \"bien-ban.pdf\"", errors[1].Item2);
        Assert.Equal("Ngày \"20/11/2023\" của Báo cáo \"bao-cao.pdf\" không hợp lệ: dùng dạng năm-tháng-ngày, ví dụ 2023-11-20.", errors[2].Item2);
        Assert.Null(await ReservedProposalAsync("03772"));
    }

    [Fact]
    public async Task A_province_sets_the_documents_its_proposers_attach_and_may_not_require_any_of_a_later_step()
    {
        using var laiChau = api.Client(api.Token(Roles.ProvinceCommittee, "12", name: "Ban Chỉ đạo 138 tỉnh Lai Châu"));
        const string setChain = """
            mutation($chain: [ChainStepInput!]!) { setApprovalChain(input: { provinceCode: "12", edition: "2024", chain: $chain }) {
              approvalChain { isDefault steps { role requiredDocuments } } errors { code field } } }
            """;
        object Step(string role, string[] actions, string[]? required) => new { role, actions, requiredDocuments = required };

        var set = (await laiChau.PostAsync(setChain, new
        {
            chain = new[]
            {
                Step(Roles.DistrictCommittee, ["SUBMIT", "RESUBMIT", "WITHDRAW"], ["PROPOSAL_LETTER", "SELF_ASSESSMENT"]),
                Step(Roles.ProvinceCommittee, ["APPROVE", "REJECT", "RETURN"], null),
            },
        })).EnsureData()["setApprovalChain"]!;
        var refused = (await laiChau.PostAsync(setChain, new
        {
            chain = new[]
            {
                Step(Roles.DistrictCommittee, ["SUBMIT"], null),
                Step(Roles.ProvinceCommittee, ["APPROVE"], ["DECISION"]),
            },
        })).EnsureData()["setApprovalChain"]!;

        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal(["PROPOSAL_LETTER", "SELF_ASSESSMENT"], Strings(set["approvalChain"]!["steps"]![0]!["requiredDocuments"]!));
        Assert.Empty(set["approvalChain"]!["steps"]![1]!["requiredDocuments"]!.AsArray());
        Assert.Equal(("VALIDATION_FAILED", "chain[1].requiredDocuments"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
        var read = (await laiChau.PostAsync("""{ province(code: "12") { approvalChain { requiredDocuments } } }""")).EnsureData()["province"]!["approvalChain"]!;
        Assert.Equal(["PROPOSAL_LETTER", "SELF_ASSESSMENT"], Strings(read[0]!["requiredDocuments"]!));
    }

    private static object Document(string fileName, string type, string? number, string date) =>
        new { fileName, contentType = "application/pdf", contentBase64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(fileName)), type, number, date };

    private static string[] Strings(JsonNode list) => [.. list.AsArray().Select(s => (string)s!)];

    /// <summary>The proposal the plan reserved for a commune, if any: a refusal must leave none.</summary>
    private async Task<Guid?> ReservedProposalAsync(string communeCode) =>
        (await api.Host.Grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor("14", 2023)).GetAsync())!
            .Designations.Single(d => d.CommuneCode == communeCode).ProposalId;
}
