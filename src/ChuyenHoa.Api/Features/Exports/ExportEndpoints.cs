using System.Globalization;
using System.Text.Json;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Transport;
using ChuyenHoa.Api.Resilience;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static ChuyenHoa.Api.Features.HttpErrors;

namespace ChuyenHoa.Api.Features.Exports;

/// <summary>
/// The analysts' and the province's downloads over plain HTTP with a bearer token, for Excel, Power BI or Grafana:
/// the indicator grid (CSV, JSON, XLSX), the province's removal proposals (CSV, XLSX) and evidence documents.
/// The grids are the answers of persisted GraphQL documents run for the caller, so they are authorized and computed
/// exactly as the API's; a unit or proposal the caller may not read is not found.
/// </summary>
public static class ExportEndpoints
{
    public const string IndicatorTablePath = "/api/indicator-table";
    public const string RemovalProposalsPath = "/api/removal-proposals";
    public const string EvidencePath = "/api/removal-proposals/{proposalId}/evidence/{sha256}";

    // Vietnam keeps UTC+7 all year: dates people read are local dates.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] IndicatorHeaders =
        ["Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Kỳ", "Giá trị", "Cùng kỳ năm trước", "Thay đổi so với cùng kỳ (tỷ lệ)"];

    private static readonly string[] ProposalHeaders =
    [
        "Mã xã", "Xã", "Huyện", "Năm kế hoạch", "Trạng thái", "Ngày gửi", "Ngày hội nghị", "Chủ trì hội nghị", "Số người dự",
        "Tóm tắt hội nghị", "Đánh giá của Ban Chỉ đạo huyện", "Ngày quyết định", "Lý do của bước gần nhất",
    ];

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(IndicatorTablePath, IndicatorTableAsync).RequireAuthorization();
        endpoints.MapGet(RemovalProposalsPath, RemovalProposalsAsync).RequireAuthorization();
        endpoints.MapGet(EvidencePath, EvidenceAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> IndicatorTableAsync(HttpContext context, CallerFactory callers, GraphQLExecution execution, IGraphQLTextSerializer serializer)
    {
        if (!callers.TryCreate(context.User, out var caller))
        {
            return Results.Unauthorized();
        }

        var query = context.Request.Query;
        if (Format(query["format"], "json", ["csv", "json", "xlsx"], out var format) is { } badFormat)
        {
            return badFormat;
        }

        string? unitCode = query["unitCode"];
        string? periods = query["periods"];
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return BadRequest("Thiếu unitCode: mã đơn vị gốc, ví dụ 14 (Sơn La) hoặc 118 (Quỳnh Nhai).", "unitCode");
        }

        if (string.IsNullOrWhiteSpace(periods))
        {
            return BadRequest("Thiếu periods: các kỳ cách nhau bởi dấu phẩy, ví dụ 2023-01,2023-02 hoặc 2023-Q4 hoặc 2023.", "periods");
        }

        // A unit of the two-level list is asked for by its key (2025:03703); its code and list name it in the document.
        if (!UnitKey.TryParse(unitCode.Trim(), out var key, out _))
        {
            return NotFound($"Không có đơn vị mã \"{unitCode.Trim()}\" hoặc bạn không được xem đơn vị này.");
        }

        var variables = new Dictionary<string, object?>
        {
            ["unitCode"] = unitCode.Trim(),
            ["code"] = key.Code,
            ["edition"] = key.Edition.Id,
            ["level"] = string.IsNullOrWhiteSpace(query["level"]) ? null : query["level"].ToString().Trim().ToUpperInvariant(),
            ["indicators"] = List(query["indicators"]),
            ["periods"] = List(periods),
        };
        var (data, error) = await RunAsync(context, caller, execution, serializer, "IndicatorTable", variables);
        if (error is not null)
        {
            return error;
        }

        var root = new[] { "province", "district", "commune" }.Select(level => data.GetProperty(level)).FirstOrDefault(u => u.ValueKind == JsonValueKind.Object);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return NotFound($"Không có đơn vị mã \"{unitCode.Trim()}\" hoặc bạn không được xem đơn vị này.");
        }

        var names = data.GetProperty("indicatorDefinitions").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("name").GetString()!);
        var rows = data.GetProperty("indicatorTable").EnumerateArray().Select(r => new
        {
            unitCode = r.GetProperty("unitCode").GetString()!,
            unitName = r.GetProperty("unitName").GetString()!,
            indicator = r.GetProperty("indicator").GetString()!,
            indicatorName = names.GetValueOrDefault(r.GetProperty("indicator").GetString()!, ""),
            period = r.GetProperty("period").GetString()!,
            value = Number(r.GetProperty("value")),
            previousYearValue = Number(r.GetProperty("previousYearValue")),
            changeFromPreviousYear = Number(r.GetProperty("changeFromPreviousYear")),
        }).ToArray();
        if (format == "json")
        {
            return Results.Json(rows, statusCode: StatusCodes.Status200OK);
        }

        var table = new SpreadsheetTable("Bảng chỉ tiêu", IndicatorHeaders,
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.unitCode, r.unitName, r.indicator, r.indicatorName, r.period, r.value, r.previousYearValue, r.changeFromPreviousYear])]);
        return Download(context, table, format, $"bang-chi-tieu-{key.StorageKey.Replace(':', '-')}");
    }

    private static async Task<IResult> RemovalProposalsAsync(HttpContext context, CallerFactory callers, GraphQLExecution execution, IGraphQLTextSerializer serializer)
    {
        if (!callers.TryCreate(context.User, out var caller))
        {
            return Results.Unauthorized();
        }

        if (Format(context.Request.Query["format"], "csv", ["csv", "xlsx"], out var format) is { } badFormat)
        {
            return badFormat;
        }

        string? province = context.Request.Query["provinceCode"];
        if (string.IsNullOrWhiteSpace(province))
        {
            return BadRequest("Thiếu provinceCode: mã tỉnh, ví dụ 14 (Sơn La).", "provinceCode");
        }

        // The query would answer an empty list: a file of headers only would look like a province without proposals.
        if (!caller.Scope.CanListProposals(province.Trim()))
        {
            return NotFound($"Không có tỉnh mã \"{province.Trim()}\" hoặc bạn không được xem đề xuất của tỉnh này.");
        }

        var rows = new List<IReadOnlyList<object?>>();
        string? after = null;
        do
        {
            var (data, error) = await RunAsync(context, caller, execution, serializer, "RemovalProposalsExport", new() { ["provinceCode"] = province.Trim(), ["after"] = after });
            if (error is not null)
            {
                return error;
            }

            var page = data.GetProperty("removalProposals");
            rows.AddRange(page.GetProperty("items").EnumerateArray().Select(ProposalRow));
            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var table = new SpreadsheetTable("Đề xuất", ProposalHeaders, rows);
        return Download(context, table, format, $"de-xuat-dua-ra-khoi-dien-{province.Trim()}");
    }

    private static async Task<IResult> EvidenceAsync(HttpContext context, string proposalId, string sha256, CallerFactory callers, IGrainFactory grains)
    {
        if (!callers.TryCreate(context.User, out var caller))
        {
            return Results.Unauthorized();
        }

        // The API's global id of the proposal, as the dashboard has it, or its plain id.
        var id = GlobalId.TryDecode(proposalId, out var type, out var key) && type == "RemovalProposal" ? key : proposalId;
        if (!Guid.TryParse(id, out var guid))
        {
            return BadRequest($"\"{proposalId}\" không phải định danh của một đề xuất.", "proposalId");
        }

        var document = await grains.GetGrain<IRemovalProposalGrain>(guid).ReadEvidenceAsync(caller, sha256);
        if (document is null)
        {
            return NotFound("Không có tài liệu này hoặc bạn không được xem đề xuất.");
        }

        // Served as a download in a sandbox, never as a page of this origin: the file came from a district, not from us.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "sandbox";
        return Results.File(document.Content, document.ContentType, document.FileName);
    }

    private static object?[] ProposalRow(JsonElement p)
    {
        var history = p.GetProperty("history").EnumerateArray().ToArray();
        var submitted = history.LastOrDefault(e => e.GetProperty("action").GetString() is "SUBMIT" or "RESUBMIT");
        var conference = p.GetProperty("conference");
        var commune = p.GetProperty("commune");
        return
        [
            p.GetProperty("communeCode").GetString(),
            commune.GetProperty("fullName").GetString(),
            commune.GetProperty("district") is { ValueKind: JsonValueKind.Object } district ? district.GetProperty("fullName").GetString() : null,
            (double)p.GetProperty("year").GetInt32(),
            StatusText(p.GetProperty("status").GetString()!),
            submitted.ValueKind == JsonValueKind.Object ? LocalDate(submitted.GetProperty("at").GetString()) : null,
            LocalDate(conference.GetProperty("date").GetString()),
            conference.GetProperty("chair").GetString(),
            (double)conference.GetProperty("attendance").GetInt32(),
            conference.GetProperty("summary").GetString(),
            p.GetProperty("assessment").GetString(),
            LocalDate(p.GetProperty("decisionDate").GetString()),
            history.Length == 0 ? null : history[^1].GetProperty("reason").GetString(),
        ];
    }

    public static string StatusText(string status) => status switch
    {
        "SUBMITTED" => "Chờ tỉnh quyết định",
        "APPROVED" => "Đã phê duyệt",
        "REJECTED" => "Không phê duyệt",
        "RETURNED" => "Trả lại để bổ sung",
        "WITHDRAWN" => "Huyện đã rút",
        "ENDORSED" => "Công an tỉnh đã thẩm định, chờ tỉnh quyết định",
        _ => status,
    };

    /// <summary>An ISO date or instant as Vietnamese read it: 17/11/2023.</summary>
    private static string? LocalDate(string? iso) =>
        iso is null ? null
        : DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at.ToOffset(VietnamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : iso;

    private static async Task<(JsonElement Data, IResult? Error)> RunAsync(
        HttpContext context, Caller caller, GraphQLExecution execution, IGraphQLTextSerializer serializer, string document, Dictionary<string, object?> variables)
    {
        var request = new GraphQLRequest { DocumentId = DocumentPreparation.PersistedDocumentId(document), Variables = new Inputs(variables) };
        var result = await execution.ExecuteAsync(request, caller, context, context.RequestAborted);
        if (result.Errors is { Count: > 0 } errors)
        {
            var first = errors[0];
            // The status the GraphQL endpoint would give: an outage is 503 (retry later), not the caller's mistake.
            var status = UnavailableErrors.AllUnavailable(errors) ? StatusCodes.Status503ServiceUnavailable
                : first.Code == ErrorCodes.Forbidden ? StatusCodes.Status403Forbidden
                : first.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound
                : first.Code == ErrorCodes.RateLimited ? StatusCodes.Status429TooManyRequests
                : StatusCodes.Status400BadRequest;
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                context.Response.Headers.RetryAfter = "5";
            }
            else if (status == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = first.Data[RequestBudget.RetryAfterSeconds]?.ToString();
            }

            return (default, Error(status, first.Message, first.Data["field"] as string, first.Code ?? ErrorCodes.ValidationFailed));
        }

        using var json = JsonDocument.Parse(serializer.Serialize(result));
        return (json.RootElement.GetProperty("data").Clone(), null);
    }

    private static IResult? Format(string? requested, string fallback, string[] allowed, out string format)
    {
        format = string.IsNullOrWhiteSpace(requested) ? fallback : requested.Trim().ToLowerInvariant();
        return allowed.Contains(format)
            ? null
            : BadRequest($"Định dạng \"{requested}\" không có ở đây: dùng {string.Join(" hoặc ", allowed.Select(f => "format=" + f))}.", "format");
    }

    private static List<object>? List(string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated)
            ? null
            : [.. commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static IResult Download(HttpContext context, SpreadsheetTable table, string format, string fileName)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return format == "xlsx"
            ? Results.File(table.ToXlsx(), SpreadsheetTable.XlsxContentType, fileName + ".xlsx")
            : Results.File(table.ToCsv(), SpreadsheetTable.CsvContentType, fileName + ".csv");
    }
}
