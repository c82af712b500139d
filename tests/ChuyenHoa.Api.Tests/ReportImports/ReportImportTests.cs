using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.Api.Features.ReportImports;
using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Api.Tests.ReportImports;

/// <summary>
/// Sơn La on both lists of units: plan 314 of 2023 (Chiềng Khoang 03718 of district 118, no reports yet) and a plan of 2026 naming
/// the two-level communes Quỳnh Nhai 2025:03703 and Tô Hiệu 2025:03646.
/// </summary>
public sealed class ReportImportHost : ApiHostFixture
{
    protected override ReferenceData Data => ReferenceData.Plan;

    protected override async Task SeedAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
        using var province = Province14();
        var plan = (await province.PostAsync("""
            mutation { createConversionPlan(input: { provinceCode: "14", year: 2026, decisionNumber: "16/QĐ-UBND", decisionDate: "2026-01-15",
              communeCodes: ["03703", "03646"], removalCriteria: [{ indicator: "security_cameras", kind: AT_LEAST, threshold: 30 }] }) { errors { code message } } }
            """)).EnsureData()["createConversionPlan"]!;
        Assert.Empty(plan["errors"]!.AsArray());
    }
}

/// <summary>
/// Monthly reports by Excel through real HTTP with real signed tokens: the template holds the caller's communes × months with
/// the stored values, codes as text; the dry run answers each row (new, corrected old → new, unchanged, refused with the cell)
/// and writes nothing; applying writes all rows or none, and the same file again changes nothing; hostile files and other
/// committees' communes are refused and change nothing. Each test uses its own months of 2026 (or 2023 for the district).
/// </summary>
public sealed class ReportImportTests(ReportImportHost api) : IClassFixture<ReportImportHost>
{
    private const string QuynhNhai = "2025:03703";

    private static readonly Caller QuynhNhaiCommittee = new("seed-03703", "Ban Chỉ đạo 138 Xã Quỳnh Nhai", [Roles.CommuneCommittee], "14", null, "03703");

    private string CommuneToken => api.Token(Roles.CommuneCommittee, "14", name: "Ban Chỉ đạo 138 Xã Quỳnh Nhai", commune: "03703");

    private IUnitIndicatorsGrain Grain(string key) => api.Host.Grains.GetGrain<IUnitIndicatorsGrain>(key);

    private HttpClient Http(string token)
    {
        var client = new HttpClient { BaseAddress = api.Host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Cell(string field, int row) => ReportTemplate.Cell(ReportTemplate.ColumnOf(field)!.Value, row);

    private async Task<byte[]> TemplateAsync(string token, string unitCode, string from, string to)
    {
        using var response = await Http(token).GetAsync($"{ReportImportEndpoints.TemplatePath}?unitCode={Uri.EscapeDataString(unitCode)}&from={from}&to={to}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetTable.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> ImportAsync(string token, byte[] file, bool dryRun)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(SpreadsheetTable.XlsxContentType);
        // As a client sending a large file should: the server refuses an oversized body before it is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ReportImportEndpoints.ImportPath}?dryRun={(dryRun ? "true" : "false")}") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await Http(token).SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static JsonNode RowOf(JsonNode answer, string period) => answer["rows"]!.AsArray().Single(r => (string?)r!["period"] == period)!;

    private async Task SeedAsync(params ReportInput[] reports)
    {
        var outcome = await Grain(QuynhNhai).RecordReportsAsync(QuynhNhaiCommittee, reports);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task Template_has_the_callers_communes_by_month_with_stored_values_codes_as_text_and_a_sheet_explaining_each_indicator()
    {
        await SeedAsync(new ReportInput("2026-09", [new(SecurityCameras, 12), new(CriminalCases, 3)]));

        var workbook = Read(await TemplateAsync(CommuneToken, QuynhNhai, "2026-09", "2026-11"));

        Assert.Equal([ReportTemplate.DataSheet, ReportTemplate.GuideSheet], workbook.Keys);
        var data = workbook[ReportTemplate.DataSheet];
        Assert.Equal(ReportTemplate.Headers, data[0].Select(c => c.Text));
        Assert.Contains("Số camera an ninh đã lắp đặt (security_cameras)", ReportTemplate.Headers);
        Assert.Equal("Ghi chú điều chỉnh", ReportTemplate.Headers[^1]);
        // Only the caller's commune (not Tô Hiệu of the same plan), one row per month, code and month as text cells.
        Assert.Equal([(QuynhNhai, "2026-09"), (QuynhNhai, "2026-10"), (QuynhNhai, "2026-11")], data.Skip(1).Select(r => (r[0].Text, r[2].Text)));
        Assert.All(data.Skip(1), r => Assert.Equal((CellValues.InlineString, CellValues.InlineString), (r[0].Type, r[2].Type)));
        var september = data[1];
        Assert.Equal(("12", CellValues.Number), (september[ReportTemplate.ColumnOf(SecurityCameras)!.Value].Text, september[ReportTemplate.ColumnOf(SecurityCameras)!.Value].Type));
        Assert.Equal("3", september[ReportTemplate.ColumnOf(CriminalCases)!.Value].Text);
        Assert.Equal("", september[ReportTemplate.ColumnOf(Population)!.Value].Text);
        Assert.Equal("", data[2][ReportTemplate.ColumnOf(SecurityCameras)!.Value].Text);

        var guide = workbook[ReportTemplate.GuideSheet];
        var current = guide.Single(r => r[0].Text == ManagedPersonsCurrent);
        Assert.Equal(("người", "Số tồn cuối tháng (quý, năm lấy tháng gần nhất)"), (current[2].Text, current[3].Text));
        Assert.Contains("đầu kỳ + đưa vào − đưa ra", current[4].Text);
        Assert.Equal(ReportTemplate.Indicators.Select(d => d.Code), guide.Skip(1).Where(r => r[0].Text != "(quy tắc)").Select(r => r[0].Text));
        Assert.Contains(guide, r => r[1].Text == "Ghi chú điều chỉnh" && r[4].Text.Contains("Bắt buộc khi sửa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task District_committee_gets_its_planned_communes_of_the_three_level_list_and_others_get_nothing()
    {
        var district = api.Token(Roles.DistrictCommittee, "14", "118", "Ban Chỉ đạo 138 huyện Quỳnh Nhai");

        var data = Read(await TemplateAsync(district, "118", "2023-10", "2023-12"))[ReportTemplate.DataSheet];

        // Plan 314 names Chiềng Khoang in district 118; its bare code keeps the leading zero.
        Assert.Equal([("03718", "Xã Chiềng Khoang", "2023-10"), ("03718", "Xã Chiềng Khoang", "2023-11"), ("03718", "Xã Chiềng Khoang", "2023-12")],
            data.Skip(1).Select(r => (r[0].Text, r[1].Text, r[2].Text)));

        foreach (var (token, unit) in new[]
        {
            (api.Token(Roles.DistrictCommittee, "14", "119", "Ban Chỉ đạo 138 huyện Thuận Châu"), "118"),
            (api.Token(Roles.Analyst, "14"), "14"),
            (api.Token(Roles.ProvinceCommittee, "12"), "118"),
            (CommuneToken, "2025:03646"),
        })
        {
            using var response = await Http(token).GetAsync($"{ReportImportEndpoints.TemplatePath}?unitCode={unit}&from=2023-10&to=2023-12");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.StartsWith($"Không có đơn vị mã \"{unit}\"", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]);
        }
    }

    [Fact]
    public async Task Dry_run_answers_each_row_new_corrected_unchanged_or_refused_with_the_cell_and_writes_nothing()
    {
        await SeedAsync(new ReportInput("2026-01", [new(SecurityCameras, 20)]), new ReportInput("2026-02", [new(SecurityCameras, 21)]), new ReportInput("2026-05", [new(SecurityCameras, 22)]));
        var file = Edit(await TemplateAsync(CommuneToken, QuynhNhai, "2026-01", "2026-05"),
            (Cell(SecurityCameras, 3), 25.0), (Cell("note", 3), "Đếm lại camera"), // February corrected
            (Cell(SecurityCameras, 4), 23.0), (Cell(CriminalCases, 4), 1.0), // March new
            (Cell(CriminalCases, 5), -2.0), // April refused: negative
            (Cell(SecurityCameras, 6), 30.0)); // May corrected without a note
        var historyBefore = await Grain(QuynhNhai).GetHistoryAsync();

        var (status, answer) = await ImportAsync(CommuneToken, file, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((true, false), ((bool)answer["dryRun"]!, (bool)answer["applied"]!));
        Assert.Equal(["UNCHANGED", "CORRECTED", "NEW", "REFUSED", "REFUSED"], answer["rows"]!.AsArray().Select(r => (string)r!["outcome"]!));
        Assert.Equal([2, 3, 4, 5, 6], answer["rows"]!.AsArray().Select(r => (int)r!["row"]!));
        var february = RowOf(answer, "2026-02")["changes"]!.AsArray().Single()!;
        Assert.Equal((SecurityCameras, 21L, 25L, Cell(SecurityCameras, 3)), ((string)february["indicator"]!, (long?)february["oldValue"], (long)february["newValue"]!, (string)february["cell"]!));
        Assert.Equal([(CriminalCases, (long?)null, 1L), (SecurityCameras, null, 23L)],
            RowOf(answer, "2026-03")["changes"]!.AsArray().Select(c => ((string)c!["indicator"]!, (long?)c["oldValue"], (long)c["newValue"]!)));
        var negative = RowOf(answer, "2026-04")["errors"]!.AsArray().Single()!;
        Assert.Equal((CriminalCases, Cell(CriminalCases, 5)), ((string)negative["field"]!, (string)negative["cell"]!));
        Assert.Contains("không được âm", (string)negative["message"]!);
        var noNote = RowOf(answer, "2026-05")["errors"]!.AsArray().Single()!;
        Assert.Equal(("note", Cell("note", 6)), ((string)noNote["field"]!, (string)noNote["cell"]!));
        Assert.Equal(historyBefore, await Grain(QuynhNhai).GetHistoryAsync());

        // Applied, the refused rows keep every row out.
        var (applyStatus, refused) = await ImportAsync(CommuneToken, file, dryRun: false);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, applyStatus);
        Assert.False((bool)refused["applied"]!);
        Assert.Contains("không ghi dòng nào", (string)refused["message"]!);
        Assert.Equal(historyBefore, await Grain(QuynhNhai).GetHistoryAsync());
    }

    [Fact]
    public async Task A_quarter_applied_is_recorded_once_and_the_same_file_again_changes_nothing()
    {
        await SeedAsync(new ReportInput("2026-06", [new(SecurityCameras, 40)]));
        var file = Edit(await TemplateAsync(CommuneToken, QuynhNhai, "2026-06", "2026-08"),
            (Cell(SecurityCameras, 2), 41.0), (Cell("note", 2), "Lắp thêm một camera"),
            (Cell(SecurityCameras, 3), 42.0), (Cell(CriminalCases, 3), 0.0),
            (Cell(SecurityCameras, 4), 43.0));
        var historyBefore = await Grain(QuynhNhai).GetHistoryAsync();

        var (status, applied) = await ImportAsync(CommuneToken, file, dryRun: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)applied["applied"]!);
        Assert.Equal(["CORRECTED", "NEW", "NEW"], applied["rows"]!.AsArray().Select(r => (string)r!["outcome"]!));
        var history = await Grain(QuynhNhai).GetHistoryAsync();
        Assert.Equal(historyBefore.Count + 4, history.Count);
        Assert.Contains(history, r => r.Period == "2026-06" && r.Indicator == SecurityCameras && r.OldValue == 40 && r.NewValue == 41 && r.Note == "Lắp thêm một camera");
        // The commune's months of one file are one change.
        Assert.Single(history.Skip(historyBefore.Count).Select(r => r.Version).Distinct());
        var values = await Grain(QuynhNhai).GetValuesAsync("2026-Q3", [SecurityCameras]);
        Assert.Equal(43, values.Single().Value);

        var (againStatus, again) = await ImportAsync(CommuneToken, file, dryRun: false);

        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.True((bool)again["applied"]!);
        Assert.All(again["rows"]!.AsArray(), r => Assert.Equal(("UNCHANGED", 0), ((string)r!["outcome"]!, r["changes"]!.AsArray().Count)));
        Assert.Equal(history, await Grain(QuynhNhai).GetHistoryAsync());
    }

    [Fact]
    public async Task Rows_of_another_committees_commune_are_refused_alike_and_leak_nothing()
    {
        await api.Host.Grains.GetGrain<IUnitIndicatorsGrain>("2025:03646").RecordReportsAsync(
            new Caller("seed-03646", "Ban Chỉ đạo 138 Phường Tô Hiệu", [Roles.CommuneCommittee], "14", null, "03646"), [new ReportInput("2026-10", [new(SecurityCameras, 77)])]);
        var file = Edit(await TemplateAsync(CommuneToken, QuynhNhai, "2026-10", "2026-10"),
            (Cell("communeCode", 2), "2025:03646"), (Cell(SecurityCameras, 2), 5.0), (Cell("note", 2), "Thử"));
        var historyBefore = await Grain("2025:03646").GetHistoryAsync();

        foreach (var token in new[] { CommuneToken, api.Token(Roles.ProvinceCommittee, "12"), api.Token(Roles.DistrictCommittee, "14", "118") })
        {
            var (status, answer) = await ImportAsync(token, file, dryRun: false);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            var row = answer["rows"]!.AsArray().Single()!;
            Assert.Equal(("REFUSED", 0), ((string)row["outcome"]!, row["changes"]!.AsArray().Count));
            var error = row["errors"]!.AsArray().Single()!;
            Assert.Equal(("NOT_FOUND", "Không có xã mã \"2025:03646\" hoặc bạn không báo cáo cho xã này.", "A2"), ((string)error["code"]!, (string)error["message"]!, (string)error["cell"]!));
            Assert.DoesNotContain("77", answer.ToJsonString(), StringComparison.Ordinal);
        }

        Assert.Equal(historyBefore, await Grain("2025:03646").GetHistoryAsync());
    }

    [Fact]
    public async Task District_committee_files_its_three_level_commune_by_excel()
    {
        var district = api.Token(Roles.DistrictCommittee, "14", "118", "Ban Chỉ đạo 138 huyện Quỳnh Nhai");
        var file = Edit(await TemplateAsync(district, "118", "2023-12", "2023-12"), (Cell(SecurityCameras, 2), 190.0));

        var (status, answer) = await ImportAsync(district, file, dryRun: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("NEW", (string?)RowOf(answer, "2023-12")["outcome"]);
        Assert.Contains(await Grain("03718").GetHistoryAsync(), r => r.Period == "2023-12" && r.Indicator == SecurityCameras && r.NewValue == 190);
    }

    public static TheoryData<string, int, string> HostileFiles => new()
    {
        { "not a zip", 415, "không phải là tệp Excel" },
        { "zip bomb", 400, "giải nén ra" },
        { "formula", 400, "có công thức" },
        { "macro", 415, "có macro" },
        { "50 MB", 413, "Tệp quá lớn" },
        { "moved columns", 400, "không được di chuyển, đổi tên hay xóa" },
        { "renamed column", 400, "không được di chuyển, đổi tên hay xóa" },
        { "extra column", 400, "không có trong mẫu" },
        { "extra sheet", 400, "mẫu có đúng hai trang" },
        { "renamed sheet", 400, "mẫu có đúng hai trang" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_file_is_refused_with_a_Vietnamese_message_and_changes_nothing(string kind, int status, string message)
    {
        var template = await TemplateAsync(CommuneToken, QuynhNhai, "2026-12", "2026-12");
        var filled = Edit(template, (Cell(SecurityCameras, 2), 50.0));
        var file = kind switch
        {
            "not a zip" => Encoding.UTF8.GetBytes("Mã xã,Tháng\n2025:03703,2026-12\n"),
            "zip bomb" => WithEntry(filled, "xl/media/image1.bin", new byte[40 * 1024 * 1024]),
            "formula" => Edit(filled, doc => Cells(doc, ReportTemplate.DataSheet).First(c => c.CellReference == Cell(CriminalCases, 2)).CellFormula = new CellFormula("1+1")),
            "macro" => WithEntry(filled, "xl/vbaProject.bin", [1, 2, 3]),
            "50 MB" => new byte[50 * 1024 * 1024],
            "moved columns" => Edit(filled, (Cell(SecurityCameras, 1), ReportTemplate.Headers[ReportTemplate.FirstIndicatorColumn]), (ReportTemplate.Cell(ReportTemplate.FirstIndicatorColumn, 1), ReportTemplate.Headers[ReportTemplate.ColumnOf(SecurityCameras)!.Value])),
            "renamed column" => Edit(filled, (Cell(SecurityCameras, 1), "Camera")),
            "extra column" => Edit(filled, (ReportTemplate.Cell(ReportTemplate.NoteColumn + 1, 1), "Ghi chú khác")),
            "extra sheet" => Edit(filled, doc => AddSheet(doc, "Trang 3")),
            "renamed sheet" => Edit(filled, doc => doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First().Name = "Sheet1"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var historyBefore = await Grain(QuynhNhai).GetHistoryAsync();

        var (actual, body) = await ImportAsync(CommuneToken, file, dryRun: false);

        Assert.Equal(status, (int)actual);
        Assert.Contains(message, (string?)body["message"], StringComparison.Ordinal);
        Assert.Equal(historyBefore, await Grain(QuynhNhai).GetHistoryAsync());
        Assert.DoesNotContain(await Grain(QuynhNhai).GetMonthlyValuesAsync(), v => v.Month == "2026-12");
    }

    /// <summary>Each sheet's rows as (type, text) cells by column; absent cells are empty text.</summary>
    private static Dictionary<string, List<(CellValues? Type, string Text)[]>> Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>().Select(r =>
            {
                var cells = new (CellValues? Type, string Text)[ReportTemplate.Headers.Count];
                Array.Fill(cells, (null, ""));
                foreach (var (cell, i) in r.Elements<Cell>().Select((c, i) => (c, i)))
                {
                    cells[i] = (cell.DataType?.Value, cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "");
                }

                return cells;
            }).ToList());
    }

    private static IEnumerable<Cell> Cells(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>();
    }

    private static byte[] Edit(byte[] xlsx, Action<SpreadsheetDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    /// <summary>The template with cells of the data sheet set: a number, a text, as a person would type them.</summary>
    private static byte[] Edit(byte[] xlsx, params (string Reference, object Value)[] values) => Edit(xlsx, document =>
    {
        var cells = Cells(document, ReportTemplate.DataSheet).ToList();
        foreach (var (reference, value) in values)
        {
            var cell = cells.FirstOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                // A cell past the template's columns: appended to its row.
                var row = cells.Select(c => (Row)c.Parent!).First(r => r.RowIndex! == uint.Parse(string.Concat(reference.Where(char.IsDigit)), System.Globalization.CultureInfo.InvariantCulture));
                cell = row.AppendChild(new Cell { CellReference = reference });
            }

            cell.RemoveAllChildren();
            if (value is double number)
            {
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(number);
            }
            else
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text((string)value));
            }
        }
    });

    private static void AddSheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData());
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 3, Name = name });
    }

    private static byte[] WithEntry(byte[] xlsx, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }
}
