using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChuyenHoa.WebApps.Tests;

/// <summary>
/// The browser tests' hold on the reporting deadlines: the clock deadlines and first receipts are read on (only that one: tokens,
/// timers and every other time of the shared host keep the system's), set to 3 Dec 2026 09:00 in Vietnam so that November's
/// reports are not yet due whatever day the tests run, and <c>POST /test/reporting-clock?hours=N</c>, which moves it on and runs
/// the province's deadline check as its reminder would. Served by the test host only, never by the product.
/// </summary>
public sealed class ReportingClockEndpoint : IHostExtension
{
    public const string Path = "/test/reporting-clock";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(7)));

    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddKeyedSingleton<TimeProvider>(ReportingDeadlinesGrain.ClockKey, Clock);

    public void MapEndpoints(WebApplication app) => app.MapPost(Path, async (int hours, string provinceCode, IGrainFactory grains) =>
    {
        Clock.Advance(TimeSpan.FromHours(hours));
        var notices = await grains.GetGrain<IReportingDeadlinesGrain>(provinceCode).CheckDeadlinesAsync();
        return Results.Json(new { now = Clock.GetUtcNow(), notices = notices.Count });
    });
}
