using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChuyenHoa.Api.Tests.Exports;

/// <summary>
/// The HTTP exports on a real host and Azurite with the reference case, called with real signed tokens: the indicator
/// grid as CSV, XLSX and JSON holds exactly the API's indicatorTable answer; the proposal export neutralizes hostile
/// text stored through the API; evidence downloads; every refusal is a clear status with a Vietnamese message.
/// </summary>
[Collection(DevelopmentHostCollection.Name)]
public sealed class ExportTests(DevelopmentHostFixture api)
{
    private const string Grid = "unitCode=118&level=COMMUNE&indicators=criminal_cases,security_cameras,denunciation_households&periods=2023,2023-10";

    private static readonly string[] IndicatorHeaders =
        ["Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Kỳ", "Giá trị", "Cùng kỳ năm trước", "Thay đổi so với cùng kỳ (tỷ lệ)"];

    private HttpClient Http(string? token)
    {
        var client = new HttpClient { BaseAddress = api.Host.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private string SonLaAnalyst => api.Token(Roles.Analyst, "14");

    /// <summary>The API's own answer for the grid: (unit, indicator, period) → value.</summary>
    private async Task<Dictionary<(string Unit, string Indicator, string Period), double?>> ApiGridAsync()
    {
        using var client = api.Client(SonLaAnalyst);
        var rows = (await client.PostAsync("""
            { indicatorTable(unitCode: "118", level: "COMMUNE", indicators: ["criminal_cases", "security_cameras", "denunciation_households"], periods: ["2023", "2023-10"]) {
                unitCode indicator period value } }
            """)).EnsureData()["indicatorTable"]!.AsArray();
        return rows.ToDictionary(r => ((string)r!["unitCode"]!, (string)r["indicator"]!, (string)r["period"]!), r => (double?)r!["value"]);
    }

    [Fact]
    public async Task Indicator_table_CSV_has_a_BOM_Vietnamese_headers_codes_as_text_and_the_same_numbers_as_the_API()
    {
        var expected = await ApiGridAsync();
        using var response = await Http(SonLaAnalyst).GetAsync($"{ExportEndpoints.IndicatorTablePath}?{Grid}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bang-chi-tieu-118.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(IndicatorHeaders, lines[0].Select(f => f.Text));
        var rows = lines.Skip(1).ToList();
        Assert.Equal(expected.Count, rows.Count);
        var chiengKhoang = rows.Single(r => r[0].Text == "03718" && r[2].Text == "criminal_cases" && r[4].Text == "2023");
        // The code is a quoted text field, leading zero kept; the figures are the reference case's: 5 cases in 2023, 20 in 2022, −75 %.
        Assert.True(chiengKhoang[0].Quoted);
        Assert.Equal(("Xã Chiềng Khoang", "Số vụ phạm pháp hình sự", "5", "20", "-0.75"), (chiengKhoang[1].Text, chiengKhoang[3].Text, chiengKhoang[5].Text, chiengKhoang[6].Text, chiengKhoang[7].Text));
        foreach (var row in rows)
        {
            var value = expected[(row[0].Text, row[2].Text, row[4].Text)];
            Assert.Equal(value?.ToString("R", CultureInfo.InvariantCulture) ?? "", row[5].Text);
        }
    }

    [Fact]
    public async Task Indicator_table_XLSX_has_Vietnamese_headers_codes_as_text_cells_and_the_same_numbers_as_the_API()
    {
        var expected = await ApiGridAsync();
        using var response = await Http(SonLaAnalyst).GetAsync($"{ExportEndpoints.IndicatorTablePath}?{Grid}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetTable.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var sheet = ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(IndicatorHeaders, sheet[0].Select(c => c.Text));
        Assert.Equal(expected.Count, sheet.Count - 1);
        foreach (var row in sheet.Skip(1))
        {
            Assert.Equal(CellValues.InlineString, row[0].Type);
            Assert.Matches("^[0-9]{5}$", row[0].Text);
            var value = expected[(row[0].Text, row[2].Text, row[4].Text)];
            Assert.Equal(value is null ? null : CellValues.Number, row[5].Type);
            Assert.Equal(value, row[5].Text is "" ? null : double.Parse(row[5].Text, CultureInfo.InvariantCulture));
        }

        Assert.Contains(sheet, r => r[0].Text == "03718" && r[2].Text == "security_cameras" && r[4].Text == "2023" && r[5].Text == "189");
    }

    [Fact]
    public async Task Indicator_table_JSON_is_one_row_per_cell_with_the_APIs_values_and_the_indicator_names()
    {
        var expected = await ApiGridAsync();
        using var response = await Http(SonLaAnalyst).GetAsync($"{ExportEndpoints.IndicatorTablePath}?{Grid}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[((string)r!["unitCode"]!, (string)r["indicator"]!, (string)r["period"]!)], (double?)r!["value"]));
        var cameras = rows.First(r => (string)r!["unitCode"]! == "03718" && (string)r["indicator"]! == "security_cameras")!;
        Assert.Equal("Số camera an ninh đã lắp đặt", (string)cameras["indicatorName"]!);
    }

    [Theory]
    [InlineData("periods=2023", "Thiếu unitCode", "unitCode")]
    [InlineData("unitCode=14", "Thiếu periods", "periods")]
    [InlineData("unitCode=14&periods=2023-13", "Kỳ báo cáo \"2023-13\" không hợp lệ", "periods")]
    [InlineData("unitCode=14&periods=2023&level=WARD", "Cấp \"WARD\" không hợp lệ", "level")]
    [InlineData("unitCode=03718&periods=2023&level=DISTRICT", "Cấp DISTRICT không nằm dưới Xã Chiềng Khoang", "level")]
    [InlineData("unitCode=14&periods=2023&indicators=thefts", "Không có chỉ tiêu mã \"thefts\"", "indicator")]
    [InlineData("unitCode=14&periods=2023&format=pdf", "Định dạng \"pdf\" không có", "format")]
    public async Task Indicator_table_with_bad_parameters_is_400_with_a_Vietnamese_message(string parameters, string message, string field)
    {
        using var response = await Http(SonLaAnalyst).GetAsync($"{ExportEndpoints.IndicatorTablePath}?{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("VALIDATION_FAILED", (string?)error["code"]);
        Assert.StartsWith(message, (string?)error["message"]);
        Assert.Equal(field, (string?)error["field"]);
    }

    [Fact]
    public async Task Exports_need_a_token_and_another_provinces_units_and_proposals_are_not_found()
    {
        var laiChau = Http(api.Token(Roles.Analyst, "12"));
        var laiChauCommittee = Http(api.Token(Roles.ProvinceCommittee, "12"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Http(null).GetAsync($"{ExportEndpoints.IndicatorTablePath}?{Grid}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http(null).GetAsync($"{ExportEndpoints.RemovalProposalsPath}?provinceCode=14")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"{ExportEndpoints.IndicatorTablePath}?{Grid}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"{ExportEndpoints.IndicatorTablePath}?unitCode=03718&periods=2023&format=xlsx")).StatusCode);

        // Sơn La's proposals are not found for Lai Châu, in either format: not a file of headers that looks like a province without proposals.
        foreach (var format in new[] { "csv", "xlsx" })
        {
            using var proposals = await laiChauCommittee.GetAsync($"{ExportEndpoints.RemovalProposalsPath}?provinceCode=14&format={format}");
            Assert.Equal(HttpStatusCode.NotFound, proposals.StatusCode);
            var error = JsonNode.Parse(await proposals.Content.ReadAsStringAsync())!;
            Assert.Equal(("NOT_FOUND", "Không có tỉnh mã \"14\" hoặc bạn không được xem đề xuất của tỉnh này."), ((string?)error["code"], (string?)error["message"]));
        }
    }

    [Fact]
    public void An_export_of_control_and_bidi_characters_stored_before_input_refused_them_is_a_readable_file()
    {
        // Neither the API nor the grains accept such text any more, so it is given to the table as stored state would be.
        var table = new SpreadsheetTable("Đề xuất", ["Mã xã", "Lý do của bước gần nhất", "Tên tài liệu"],
            [["03823", "Bổ sung\u0001 biên bản\u001B", "bien-ban\u202Excod.exe"]]);

        var sheet = ReadXlsx(table.ToXlsx());
        var csv = ParseCsv(Encoding.UTF8.GetString(table.ToCsv()[3..]));

        Assert.Equal(["03823", "Bổ sung\uFFFD biên bản\uFFFD", "bien-ban\uFFFDxcod.exe"], sheet[1].Select(c => c.Text));
        Assert.Equal(["03823", "Bổ sung\uFFFD biên bản\uFFFD", "bien-ban\uFFFDxcod.exe"], csv[1].Select(c => c.Text));
    }

    [Fact]
    public async Task Evidence_downloads_with_its_name_and_hash_for_the_province_and_is_not_found_for_another_province()
    {
        using var province = api.Province14();
        var proposal = (await province.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on RemovalProposal { id evidence { fileName sha256 } } } }
            """, new { id = Api.GraphQL.Execution.GlobalId.Encode("RemovalProposal", api.ProposalId.ToString("N")) })).EnsureData()["node"]!;
        var evidence = proposal["evidence"]![0]!;
        var path = ExportEndpoints.EvidencePath.Replace("{proposalId}", Uri.EscapeDataString((string)proposal["id"]!)).Replace("{sha256}", (string)evidence["sha256"]!);

        using var response = await Http(api.Token(Roles.ProvinceCommittee, "14")).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((string)evidence["fileName"]!, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("sandbox", string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal((string)evidence["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())));

        Assert.Equal(HttpStatusCode.NotFound, (await Http(api.Token(Roles.ProvinceCommittee, "12")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http(api.Token(Roles.DistrictCommittee, "14", "119")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http(null).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Proposal_export_writes_hostile_text_stored_through_the_API_as_text_never_as_a_formula()
    {
        // Stored through the API as any district and province could: an assessment and a decision reason that a
        // spreadsheet would run as formulas, and markup.
        const string assessment = "=HYPERLINK(\"http://x\",\"y\")";
        const string reason = "+cmd|' /C calc'!A0";
        const string summary = "<script>alert(1)</script>";
        using var muongLa = api.Client(api.Token(Roles.DistrictCommittee, "14", "120", "Ban Chỉ đạo 138 huyện Mường La"));
        var submitted = (await muongLa.PostAsync("""
            mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) { proposal { id } errors { message } } }
            """, new
            {
                input = new
                {
                    communeCode = "03823", year = 2023, conferenceDate = "2023-11-20", assessment, conferenceSummary = summary, conferenceChair = "-1+2", conferenceAttendance = 30,
                    evidence = EvidenceVariables.LetterAndMinutes("03823", "2023-11-20"),
                },
            }))
            .EnsureData()["submitRemovalProposal"]!;
        Assert.Equal("[]", submitted["errors"]!.ToJsonString());
        using var province = api.Province14();
        var returned = (await province.PostAsync("""
            mutation($id: ID!, $reason: String) { returnRemovalProposal(input: { proposalId: $id, reason: $reason }) { errors { message } } }
            """, new { id = (string)submitted["proposal"]!["id"]!, reason })).EnsureData()["returnRemovalProposal"]!;
        Assert.Equal("[]", returned["errors"]!.ToJsonString());
        var client = Http(api.Token(Roles.ProvinceCommittee, "14"));

        using var csvResponse = await client.GetAsync($"{ExportEndpoints.RemovalProposalsPath}?provinceCode=14&format=csv");
        var csv = ParseCsv(Encoding.UTF8.GetString((await csvResponse.Content.ReadAsByteArrayAsync())[3..]));
        var headers = csv[0].Select(f => f.Text).ToList();
        var muongTrai = csv.Single(r => r[0].Text == "03823");
        Assert.Equal("'" + assessment, muongTrai[headers.IndexOf("Đánh giá của Ban Chỉ đạo huyện")].Text);
        Assert.Equal("'" + reason, muongTrai[headers.IndexOf("Lý do của bước gần nhất")].Text);
        Assert.Equal("'-1+2", muongTrai[headers.IndexOf("Chủ trì hội nghị")].Text);
        Assert.Equal(summary, muongTrai[headers.IndexOf("Tóm tắt hội nghị")].Text);
        Assert.Equal(("Xã Mường Trai", "Huyện Mường La", "Trả lại để bổ sung", "20/11/2023"), (muongTrai[1].Text, muongTrai[2].Text, muongTrai[4].Text, muongTrai[6].Text));

        using var xlsxResponse = await client.GetAsync($"{ExportEndpoints.RemovalProposalsPath}?provinceCode=14&format=xlsx");
        var bytes = await xlsxResponse.Content.ReadAsByteArrayAsync();
        var sheet = ReadXlsx(bytes);
        var row = sheet.Single(r => r[0].Text == "03823");
        Assert.Equal((CellValues.InlineString, assessment), (row[headers.IndexOf("Đánh giá của Ban Chỉ đạo huyện")].Type, row[headers.IndexOf("Đánh giá của Ban Chỉ đạo huyện")].Text));
        Assert.Equal((CellValues.InlineString, reason), (row[headers.IndexOf("Lý do của bước gần nhất")].Type, row[headers.IndexOf("Lý do của bước gần nhất")].Text));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
    }

    /// <summary>RFC 4180 fields, each with whether it was quoted.</summary>
    private static List<List<(string Text, bool Quoted)>> ParseCsv(string csv)
    {
        var lines = new List<List<(string, bool)>>();
        var fields = new List<(string, bool)>();
        var field = new StringBuilder();
        var (quoted, inQuotes) = (false, false);
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                (inQuotes, quoted) = (true, true);
            }
            else if (c == ',' || c == '\n')
            {
                fields.Add((field.ToString().TrimEnd('\r'), quoted));
                (field, quoted) = (new StringBuilder(), false);
                if (c == '\n')
                {
                    lines.Add(fields);
                    fields = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }

        return lines;
    }

    /// <summary>The first sheet's cells by row, each with its type (null for a plain value) and its text.</summary>
    private static List<List<(CellValues? Type, string Text)>> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => ((CellValues?)c.DataType?.Value, c.InlineString?.InnerText ?? c.CellValue?.Text ?? "")).ToList())
            .ToList();
    }
}
