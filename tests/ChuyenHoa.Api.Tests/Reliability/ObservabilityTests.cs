using System.Net;
using System.Net.Http.Headers;
using ChuyenHoa.Api.Diagnostics;
using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Contracts.Diagnostics;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

public sealed class ObservabilityTests(ObservabilityTests.LoggedHost api) : IClassFixture<ObservabilityTests.LoggedHost>
{
    [Fact]
    public async Task The_correlation_id_of_a_request_comes_back_and_is_on_the_log_entries_of_the_grains_that_served_it()
    {
        using var district = api.QuynhNhai();
        var correlationId = $"test-{Guid.NewGuid():N}";

        var response = await district.SendAsync(CorrelatedReport(correlationId, 1));

        Assert.Equal(correlationId, response.Headers[CorrelationIdMiddleware.HeaderName]);
        var grainEntries = api.Logs.Entries
            .Where(e => e.Category.StartsWith("ChuyenHoa.Grains", StringComparison.Ordinal) && Equals(e.Properties.GetValueOrDefault(CorrelationContext.LogProperty), correlationId))
            .Select(e => e.Message)
            .ToArray();
        // The commune's grain, and the district and province it pushes its change to, all served this request.
        Assert.Contains(grainEntries, m => m.Contains("unitindicators/03718", StringComparison.OrdinalIgnoreCase) && m.Contains("RecordReport", StringComparison.Ordinal));
        Assert.Contains(grainEntries, m => m.Contains("unitindicators/118", StringComparison.OrdinalIgnoreCase) && m.Contains("ApplyChildChange", StringComparison.Ordinal));
        Assert.Contains(grainEntries, m => m.Contains("unitindicators/14", StringComparison.OrdinalIgnoreCase) && m.Contains("ApplyChildChange", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("with spaces")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    [InlineData("x\"><script>")]
    public async Task A_missing_or_unsafe_correlation_id_is_replaced_by_a_new_one(string? sent)
    {
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        if (sent is not null)
        {
            request.Headers.TryAddWithoutValidation(CorrelationIdMiddleware.HeaderName, sent);
        }

        using var response = await http.SendAsync(request);

        var returned = Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
        Assert.Matches("^[0-9a-f]{32}$", returned);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.ProvinceCommittee, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Analyst, HttpStatusCode.Forbidden)]
    [InlineData(Roles.PlatformAdmin, HttpStatusCode.OK)]
    public async Task The_orleans_dashboard_opens_for_platform_administrators_only(string? role, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, ChuyenHoaHost.DashboardPath + "/");
        if (role is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token(role, "14"));
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("Orleans", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A report of Chiềng Khoang for December 2023 sent with the given correlation id.</summary>
    internal static HttpRequestMessage CorrelatedReport(string correlationId, int criminalCases)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                $$"""{"query": "mutation { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-12\", values: [{ indicator: \"criminal_cases\", value: {{criminalCases}} }] }) { errors { code } } }"}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(CorrelationIdMiddleware.HeaderName, correlationId);
        return request;
    }

    public sealed class LoggedHost : ApiHostFixture
    {
        public LogCapture Logs { get; } = new();

        protected override ReferenceData Data => ReferenceData.Plan;

        protected override Dictionary<string, string?> Settings => new() { ["Logging:LogLevel:ChuyenHoa.Grains.Diagnostics"] = "Debug" };

        protected override Microsoft.Extensions.Logging.ILoggerProvider Logging => Logs;
    }
}
