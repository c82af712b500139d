using System.Text.RegularExpressions;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.Features.Exports;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Periods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static ChuyenHoa.Api.Features.HttpErrors;

namespace ChuyenHoa.Api.Features.ReportImports;

/// <summary>
/// Monthly reports by Excel, for the committees that report: a template of their communes × months with the stored values
/// filled in (<see cref="TemplatePath"/>), and the filled template sent back (<see cref="ImportPath"/>), first as a dry run, then
/// applied. Every row is checked by the commune's grain exactly as a single report is (<see cref="IUnitIndicatorsGrain.PreviewReportsAsync"/>),
/// scope included. Applying is all or none for the rows: one refused row and nothing is written (422), so that a file is never
/// half taken and then sent again half corrected; then each commune's months are one atomic write. Rows that change nothing
/// are not written, so the same file twice changes nothing.
/// </summary>
public static partial class ReportImportEndpoints
{
    public const string TemplatePath = "/api/report-template";
    public const string ImportPath = "/api/report-imports";

    /// <summary>A template spans at most a year of months.</summary>
    public const int MaxMonths = 12;

    public static IEndpointRouteBuilder MapReportImports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(TemplatePath, TemplateAsync).RequireAuthorization();
        endpoints.MapPost(ImportPath, ImportAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> TemplateAsync(HttpContext context, CallerFactory callers, IGrainFactory grains)
    {
        if (!callers.TryCreate(context.User, out var caller))
        {
            return Results.Unauthorized();
        }

        var query = context.Request.Query;
        string? unitCode = query["unitCode"];
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return BadRequest("Thiếu unitCode: mã xã (ví dụ 2025:03703) hoặc mã huyện (ví dụ 118) có các xã bạn báo cáo.", "unitCode");
        }

        if (MonthRange(query["from"], query["to"], out var months) is { } badRange)
        {
            return badRange;
        }

        var notFound = NotFound($"Không có đơn vị mã \"{unitCode.Trim()}\" hoặc bạn không báo cáo cho xã nào của đơn vị này.");
        if (!UnitKey.TryParse(unitCode.Trim(), out var key, out _))
        {
            return notFound;
        }

        // Only the communes whose grain lets the caller report (and months a plan covers) make rows: the grain decides, as for a report.
        var rows = new List<ReportTemplate.Row>();
        var reportsForAny = false;
        foreach (var (communeKey, commune) in await CommunesAsync(grains, key))
        {
            var reportable = await grains.GetGrain<IUnitIndicatorsGrain>(communeKey.StorageKey).GetReportableMonthsAsync(caller, months);
            if (reportable.Succeeded)
            {
                reportsForAny = true;
                rows.AddRange(reportable.Value!.Select(m => new ReportTemplate.Row(
                    communeKey.StorageKey, commune.FullName, m.Period, m.Values.ToDictionary(v => v.Indicator, v => v.Value, StringComparer.Ordinal))));
            }
        }

        if (!reportsForAny)
        {
            return notFound;
        }

        if (rows.Count == 0)
        {
            return BadRequest($"Từ {months[0]} đến {months[^1]}, các xã bạn báo cáo không thuộc kế hoạch chuyển hóa nào: chọn khoảng tháng khác.", "from");
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(ReportTemplate.ToXlsx(rows, ReportFile.MaxBytes, ReportFile.MaxRows), SpreadsheetTable.XlsxContentType,
            $"mau-bao-cao-{key.StorageKey.Replace(':', '-')}-{months[0]}-{months[^1]}.xlsx");
    }

    private static async Task<IResult> ImportAsync(HttpContext context, CallerFactory callers, IGrainFactory grains)
    {
        if (!callers.TryCreate(context.User, out var caller))
        {
            return Results.Unauthorized();
        }

        string? dryRunText = context.Request.Query["dryRun"];
        if (!bool.TryParse(string.IsNullOrWhiteSpace(dryRunText) ? "true" : dryRunText.Trim(), out var dryRun))
        {
            return BadRequest($"dryRun là true (chỉ kiểm tra, mặc định) hoặc false (ghi số liệu), không phải \"{dryRunText}\".", "dryRun");
        }

        var tooLarge = Error(StatusCodes.Status413PayloadTooLarge,
            $"Tệp quá lớn: tối đa {ReportFile.MaxBytes / (1024 * 1024)} MB. Mẫu báo cáo của một huyện trong một năm nhỏ hơn nhiều; hãy gửi đúng tệp mẫu đã điền.", "file", ErrorCodes.ValidationFailed);
        if (context.Request.ContentLength > ReportFile.MaxBytes)
        {
            return tooLarge;
        }

        var body = await ReadCappedAsync(context.Request.Body, ReportFile.MaxBytes, context.RequestAborted);
        if (body is null)
        {
            return tooLarge;
        }

        var file = ReportFile.Read(body, out var refusal);
        if (refusal is not null)
        {
            return Error(refusal.Status, refusal.Message, "file", ErrorCodes.ValidationFailed);
        }

        if (file.Count == 0)
        {
            return BadRequest("Tệp không có dòng số liệu nào: điền số liệu vào trang \"Báo cáo\" của mẫu rồi gửi lại.", "file");
        }

        var import = new Import(file);
        var batches = import.Batches();
        foreach (var batch in batches)
        {
            import.Checked(batch, await grains.GetGrain<IUnitIndicatorsGrain>(batch.Key.StorageKey).PreviewReportsAsync(caller, batch.Reports));
        }

        var refused = import.Rows.Count(r => r.Outcome == ReportImportOutcomes.Refused);
        if (dryRun)
        {
            return Results.Json(import.Answer(dryRun: true, applied: false, refused == 0
                ? $"Kiểm tra thử: {import.Summary()}. Chưa ghi gì; bấm Áp dụng để ghi."
                : $"Kiểm tra thử: {import.Summary()}. Khi áp dụng, tệp sẽ không được ghi dòng nào cho đến khi sửa hết các dòng bị từ chối."));
        }

        if (refused > 0)
        {
            return Results.Json(import.Answer(dryRun: false, applied: false,
                $"{refused} dòng bị từ chối nên không ghi dòng nào của tệp: sửa các ô được nêu rồi gửi lại."), statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var written = new List<string>();
        foreach (var batch in batches.Where(b => import.Changes(b)))
        {
            var outcome = await grains.GetGrain<IUnitIndicatorsGrain>(batch.Key.StorageKey).RecordReportsAsync(caller, batch.Reports);
            if (!outcome.Succeeded)
            {
                // Checked a moment ago, refused now: the commune's figures changed in between. The communes before it are written.
                import.Refused(batch, outcome.Errors);
                import.NotWritten(batches.SkipWhile(b => b != batch).Skip(1));
                return Results.Json(import.Answer(dryRun: false, applied: false,
                    $"Số liệu của {batch.UnitCode} đã thay đổi từ lúc kiểm tra nên không ghi được{(written.Count > 0 ? $"; đã ghi các xã {string.Join(", ", written)}" : "")}; các xã sau đó chưa ghi. "
                    + "Tải mẫu mới và làm lại: gửi lại các dòng đã ghi không thay đổi gì."), statusCode: StatusCodes.Status409Conflict);
            }

            import.Recorded(batch, outcome.Value!);
            written.Add(batch.UnitCode);
        }

        return Results.Json(import.Answer(dryRun: false, applied: true, $"Đã ghi: {import.Summary()}."));
    }

    /// <summary>The communes of a unit (itself for a commune; its communes, or its districts' communes), with their keys, in code order.</summary>
    private static async Task<IReadOnlyList<(UnitKey Key, UnitInfo Unit)>> CommunesAsync(IGrainFactory grains, UnitKey key)
    {
        var unit = await grains.GetGrain<IAdministrativeUnitGrain>(key.StorageKey).GetAsync();
        if (unit is null)
        {
            return [];
        }

        if (unit.Level == UnitLevel.Commune)
        {
            return [(key, unit)];
        }

        var communes = new List<(UnitKey, UnitInfo)>();
        foreach (var child in await grains.GetGrain<IAdministrativeUnitGrain>(key.StorageKey).GetChildrenAsync())
        {
            var childKey = unit.KeyOf(child.Code);
            communes.AddRange(child.Level == UnitLevel.Commune ? [(childKey, child)] : await CommunesAsync(grains, childKey));
        }

        return communes;
    }

    private static IResult? MonthRange(string? from, string? to, out IReadOnlyList<string> months)
    {
        months = [];
        if (!Period.TryParse(from?.Trim(), out var first, out _) || first.Kind != PeriodKind.Month)
        {
            return BadRequest($"from là tháng đầu tiên, dạng 2026-07 (đã gửi \"{from}\").", "from");
        }

        if (!Period.TryParse(to?.Trim(), out var last, out _) || last.Kind != PeriodKind.Month || last < first)
        {
            return BadRequest($"to là tháng cuối cùng, dạng 2026-09, không trước from (đã gửi \"{to}\").", "to");
        }

        var list = new List<string>();
        for (var month = first; month <= last && list.Count <= MaxMonths; month = Period.ForMonth(month.Year + (month.FirstMonth / 12), (month.FirstMonth % 12) + 1))
        {
            list.Add(month.ToString());
        }

        if (list.Count > MaxMonths)
        {
            return BadRequest($"Mỗi mẫu tối đa {MaxMonths} tháng: chọn khoảng ngắn hơn.", "to");
        }

        months = list;
        return null;
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>One commune's rows that carry values, as the reports sent to its grain, in file order.</summary>
    private sealed record Batch(UnitKey Key, string UnitCode, IReadOnlyList<int> RowIndexes, IReadOnlyList<ReportInput> Reports);

    /// <summary>The rows of one file and what each comes to, as the grains answer.</summary>
    private sealed partial class Import(IReadOnlyList<ReportFile.Row> file)
    {
        private readonly ReportImportRow?[] _rows = new ReportImportRow?[file.Count];

        public IReadOnlyList<ReportImportRow> Rows => [.. _rows.Select((r, i) => r ?? Row(i, ReportImportOutcomes.Unchanged, [], []))];

        /// <summary>Rows refused while reading (a cell, a commune key) are settled here; rows with values go to their commune's grain.</summary>
        public IReadOnlyList<Batch> Batches()
        {
            var byCommune = new Dictionary<UnitKey, List<int>>();
            for (var i = 0; i < file.Count; i++)
            {
                var row = file[i];
                var errors = row.Errors.Select(e => new ReportImportError(ErrorCodes.ValidationFailed, e.Message, e.Field, e.Cell)).ToList();
                var codeCell = ReportTemplate.Cell(ReportTemplate.CodeColumn, row.Number);
                UnitKey key = default;
                if (errors.Count == 0 && !UnitKey.TryParse(row.UnitCode, out key, out var keyError, "communeCode"))
                {
                    errors.Add(new(keyError.Code, keyError.Message, "communeCode", codeCell));
                }

                if (errors.Count > 0)
                {
                    _rows[i] = Row(i, ReportImportOutcomes.Refused, [], errors);
                }
                else if (row.Values.Count > 0)
                {
                    // Blank rows are not reports: they change nothing and are answered UNCHANGED.
                    (byCommune.TryGetValue(key, out var rows) ? rows : byCommune[key] = []).Add(i);
                }
            }

            return [.. byCommune.Select(c => new Batch(c.Key, file[c.Value[0]].UnitCode, c.Value,
                [.. c.Value.Select(i => new ReportInput(file[i].Month, [.. file[i].Values.Select(v => new IndicatorInput(v.Indicator, v.Value))], Note: file[i].Note))]))];
        }

        public void Checked(Batch batch, Outcome<IReadOnlyList<ReportPreview>> outcome)
        {
            if (!outcome.Succeeded)
            {
                Refused(batch, outcome.Errors);
                return;
            }

            for (var k = 0; k < batch.RowIndexes.Count; k++)
            {
                var preview = outcome.Value![k];
                var index = batch.RowIndexes[k];
                _rows[index] = preview.Errors.Count > 0
                    ? Row(index, ReportImportOutcomes.Refused, [], [.. preview.Errors.Select(e => Error(index, e, e.Field))])
                    : Changed(index, preview.Changes.Select(d => (d.Indicator, d.OldValue, d.NewValue)));
            }
        }

        public void Recorded(Batch batch, IReadOnlyList<ReportReceipt> receipts)
        {
            var byMonth = receipts.ToDictionary(r => r.Period, StringComparer.Ordinal);
            foreach (var index in batch.RowIndexes)
            {
                _rows[index] = Changed(index, byMonth[Period.Parse(file[index].Month).ToString()].Changes.Select(c => (c.Indicator, c.OldValue, c.NewValue)));
            }
        }

        /// <summary>
        /// A refusal of a commune's batch: an error naming a report (<c>reports[2].note</c>) goes to that row, any other to every
        /// row of the commune. Another province's commune and one the caller does not report for read alike: not theirs.
        /// </summary>
        public void Refused(Batch batch, IReadOnlyList<UserError> errors)
        {
            var byRow = batch.RowIndexes.ToDictionary(i => i, _ => new List<ReportImportError>());
            foreach (var error in errors)
            {
                if (error.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
                {
                    var notYours = new UserError(ErrorCodes.NotFound, $"Không có xã mã \"{batch.UnitCode}\" hoặc bạn không báo cáo cho xã này.", "communeCode");
                    batch.RowIndexes.ToList().ForEach(i => byRow[i].Add(Error(i, notYours, notYours.Field)));
                }
                else if (ReportField().Match(error.Field ?? "") is { Success: true } match && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var k && k < batch.RowIndexes.Count)
                {
                    var index = batch.RowIndexes[k];
                    byRow[index].Add(Error(index, error with { Message = ReportPrefix().Replace(error.Message, "") }, match.Groups[2].Value));
                }
                else
                {
                    batch.RowIndexes.ToList().ForEach(i => byRow[i].Add(Error(i, error, error.Field)));
                }
            }

            foreach (var (index, rowErrors) in byRow)
            {
                _rows[index] = rowErrors.Count > 0
                    ? Row(index, ReportImportOutcomes.Refused, [], rowErrors)
                    : Row(index, ReportImportOutcomes.Refused, [], [new(ErrorCodes.ValidationFailed, $"Không ghi: một dòng khác của xã {batch.UnitCode} bị từ chối, và các tháng của một xã được ghi cùng nhau.", null, null)]);
            }
        }

        public void NotWritten(IEnumerable<Batch> batches)
        {
            foreach (var index in batches.SelectMany(b => b.RowIndexes))
            {
                _rows[index] = Row(index, ReportImportOutcomes.Refused, [], [new(ErrorCodes.Conflict, "Chưa ghi: việc ghi tệp dừng ở một xã có số liệu thay đổi từ lúc kiểm tra.", null, null)]);
            }
        }

        /// <summary>Whether any row of the batch changes a value (as checked).</summary>
        public bool Changes(Batch batch) => batch.RowIndexes.Any(i => _rows[i]?.Changes.Count > 0);

        public string Summary()
        {
            var rows = Rows;
            int Count(string outcome) => rows.Count(r => r.Outcome == outcome);
            return $"{Count(ReportImportOutcomes.New)} dòng mới, {Count(ReportImportOutcomes.Corrected)} dòng điều chỉnh, {Count(ReportImportOutcomes.Unchanged)} dòng không đổi, {Count(ReportImportOutcomes.Refused)} dòng bị từ chối";
        }

        public ReportImportAnswer Answer(bool dryRun, bool applied, string message) => new(dryRun, applied, message, Rows);

        private ReportImportRow Changed(int index, IEnumerable<(string Indicator, long? OldValue, long NewValue)> changes)
        {
            var list = changes.Select(c => new ReportImportChange(c.Indicator, c.OldValue, c.NewValue, CellOf(index, c.Indicator)!)).ToArray();
            var outcome = list.Length == 0 ? ReportImportOutcomes.Unchanged
                : list.Any(c => c.OldValue is not null) ? ReportImportOutcomes.Corrected
                : ReportImportOutcomes.New;
            return Row(index, outcome, list, []);
        }

        private ReportImportRow Row(int index, string outcome, IReadOnlyList<ReportImportChange> changes, IReadOnlyList<ReportImportError> errors) =>
            new(file[index].Number, file[index].UnitCode, file[index].Month, outcome, changes, errors);

        private ReportImportError Error(int index, UserError error, string? field) => new(error.Code, error.Message, field, CellOf(index, field));

        private string? CellOf(int index, string? field) =>
            ReportTemplate.ColumnOf(field) is { } column ? ReportTemplate.Cell(column, file[index].Number) : null;

        [GeneratedRegex(@"^reports\[(\d+)\]\.(.+)$")]
        private static partial Regex ReportField();

        [GeneratedRegex(@"^Báo cáo thứ \d+: ")]
        private static partial Regex ReportPrefix();
    }
}
