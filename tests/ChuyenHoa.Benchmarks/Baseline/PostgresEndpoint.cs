using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ChuyenHoa.Benchmarks.Baseline;

/// <summary>
/// A minimal HTTP API over <see cref="PostgresBaseline"/>, used only by the benchmarks: Kestrel in this process on loopback,
/// <c>POST /graphql</c> taking the very request the platform gets (the same JSON body and bearer token of the development
/// issuer, checked the same way: signature, issuer, audience, then the tenancy and scope of <see cref="CallerFactory"/>), and
/// answering JSON of the same shape under <c>data</c>. It does not parse GraphQL: the operation name picks one of three
/// hand-written handlers, which is what a team without the platform would write.
/// </summary>
public sealed class PostgresEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PostgresEndpoint(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="provinceCodes">The provinces whose committees may sign in, as the platform's host is configured for the dataset.</param>
    public static async Task<PostgresEndpoint> StartAsync(PostgresBaseline baseline, DevelopmentIssuer issuer, IEnumerable<string> provinceCodes)
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        builder.Services.AddSingleton(baseline);
        builder.Services.AddSingleton<CallerFactory>();
        builder.Services.Configure<TenancyOptions>(o => o.Tenants = [.. provinceCodes.Select(p => new TenantMapping { ProvinceCode = p, TenantIds = [DevelopmentIssuer.TenantId] })]);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = DevelopmentIssuer.Issuer,
                ValidAudience = DevelopmentIssuer.Audience,
                IssuerSigningKey = issuer.LoadPublicKey(),
            };
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/graphql", HandleAsync).RequireAuthorization();
        await app.StartAsync();
        return new PostgresEndpoint(app, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, ClaimsPrincipal user, CallerFactory callers, PostgresBaseline baseline)
    {
        if (!callers.TryCreate(user, out var caller))
        {
            return Results.Unauthorized();
        }

        using var body = await JsonDocument.ParseAsync(request.Body);
        var query = body.RootElement.GetProperty("query").GetString() ?? "";
        var variables = body.RootElement.GetProperty("variables");
        // "mutation Submit(...", "query Totals(...": the operation's name, as a client names it.
        var operation = query.Split([' ', '(', '{'], 3, StringSplitOptions.RemoveEmptyEntries) is [_, var name, ..] ? name : "";
        switch (operation)
        {
            case "Submit":
            {
                var input = variables.GetProperty("input");
                var report = new ReportInput(
                    input.GetProperty("period").GetString()!,
                    [.. input.GetProperty("values").EnumerateArray().Select(v => new IndicatorInput(v.GetProperty("indicator").GetString()!, v.GetProperty("value").GetDouble()))],
                    input.TryGetProperty("overrideStockFlow", out var over) && over.ValueKind == JsonValueKind.True,
                    input.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() : null);
                var communeKey = input.GetProperty("communeCode").GetString()!;
                var errors = await baseline.RecordReportAsync(caller, communeKey[(communeKey.IndexOf(':') + 1)..], report);
                return Results.Json(new { data = new { submitIndicatorReport = new { errors = errors.Select(e => new { code = e.Code, message = e.Message }) } } });
            }

            case "Totals":
            {
                var province = variables.GetProperty("code").GetString()!;
                var totals = caller.Scope.CanReadUnit(province, null) ? await baseline.ProvinceTotalsAsync(province, variables.GetProperty("period").GetString()!) : null;
                return Results.Json(new { data = new { province = totals is null ? null : new { indicators = totals.Select(v => new { indicator = v.Indicator, value = v.Value }) } } });
            }

            case "ProvinceOverview":
            {
                var province = variables.GetProperty("provinceCode").GetString()!;
                var overview = caller.Scope.CanReadUnit(province, null)
                    ? await baseline.ProvinceOverviewAsync(province, variables.GetProperty("year").GetInt32(), variables.GetProperty("period").GetString()!,
                        variables.TryGetProperty("communeIndicators", out var asked) && asked.ValueKind == JsonValueKind.Array ? [.. asked.EnumerateArray().Select(i => i.GetString()!)] : [])
                    : null;
                return Results.Json(new { data = new { province = overview is null ? null : Overview(overview) } });
            }

            default:
                return Results.BadRequest($"Unknown operation \"{operation}\".");
        }
    }

    /// <summary>The fields of the persisted ProvinceOverview document, in its shape.</summary>
    private static object Overview(BaselineOverview overview) => new
    {
        id = GlobalId.Encode("Province", overview.Province.Code),
        code = overview.Province.Code,
        name = overview.Province.Name,
        indicators = overview.Province.Values.Select(v => new { indicator = v.Indicator, period = v.Period, value = v.Value, previousYearValue = v.PreviousYearValue, changeFromPreviousYear = v.ChangeFromPreviousYear }),
        conversionPlan = overview.Plan is not { } plan ? null : new
        {
            id = GlobalId.Encode("ConversionPlan", IConversionPlanGrain.KeyFor(overview.Province.Code, plan.Year)),
            decisionNumber = plan.DecisionNumber,
            decisionDate = plan.DecisionDate,
            designations = plan.Designations.Select(d => new
            {
                status = d.Status,
                communeCode = d.CommuneCode,
                edition = plan.Edition,
                designatedFrom = (string?)null,
                confirmation = "NOT_NEEDED",
                carriedFrom = Array.Empty<object>(),
                commune = overview.Communes[d.CommuneCode] is var commune ? new
                {
                    code = commune.Code,
                    name = commune.Name,
                    fullName = $"{commune.Kind} {commune.Name}",
                    district = commune.DistrictCode is null ? null : new { code = commune.DistrictCode, name = commune.DistrictName },
                    indicators = commune.Values.Select(v => new { indicator = v.Indicator, value = v.Value, changeFromPreviousYear = v.ChangeFromPreviousYear }),
                } : null,
            }),
        },
    };
}
