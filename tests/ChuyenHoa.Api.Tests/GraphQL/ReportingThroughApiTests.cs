using System.Text.Json.Nodes;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>
/// The reference case (plan 314 of 2023, its five communes' reports of January to October) on a host whose clock is a fake
/// set to 3 January 2024 in Vietnam: November's reports are overdue and December's due on the 5th.
/// </summary>
public sealed class ReportingClockHost : ApiHostFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 1, 3, 9, 0, 0, TimeSpan.FromHours(7)));

    protected override ReferenceData Data => ReferenceData.Reports;

    protected override IHostExtension? Extension => new ClockExtension(Clock);
}

/// <summary>reportingStatus, setReportingSchedule and reportingNotice through real HTTP, a real WebSocket and signed tokens.</summary>
public sealed class ReportingThroughApiTests(ReportingClockHost api) : IClassFixture<ReportingClockHost>
{
    private const string StatusQuery = """
        query($unit: String!, $period: String!) { reportingStatus(unitCode: $unit, period: $period) {
          expected received receivedOnTime completeness timeliness schedule { dueDay policeMonth isDefault }
          communes { communeCode districtCode cells { month state dueDate receivedAt } }
          overdue { communeCode month dueDate } } }
        """;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_province_sees_completeness_and_the_overdue_list_move_as_a_report_arrives_and_a_deadline_passes_and_each_committee_hears_of_its_own()
    {
        using var province = api.Province14();
        await using var chiengKhoang = await SubscribeAsync(api.Token(Roles.CommuneCommittee, "14", commune: "03718"), "03718");
        await using var thuanChau = await SubscribeAsync(api.Token(Roles.DistrictCommittee, "14", "119"), "119");

        var before = await StatusAsync(province, "14", "2023-Q4");
        Assert.Equal((10, 5, 0.5), ((int)before["expected"]!, (int)before["received"]!, (double)before["completeness"]!));
        Assert.Equal(5, before["overdue"]!.AsArray().Count);
        Assert.All(before["overdue"]!.AsArray(), o => Assert.Equal(("2023-11", "2023-12-05"), ((string)o!["month"]!, (string)o["dueDate"]!)));

        await api.Host.Grains.GetGrain<IReportingDeadlinesGrain>("14").CheckDeadlinesAsync();
        Assert.Equal([("03718", "2023-11", "OVERDUE"), ("03718", "2023-12", "DUE_SOON")], await NoticesAsync(chiengKhoang, 2));
        Assert.Equal([("03772", "2023-11", "OVERDUE"), ("03772", "2023-12", "DUE_SOON")], await NoticesAsync(thuanChau, 2));

        using var district = api.QuynhNhai();
        var report = (await district.PostAsync("""
            mutation { submitIndicatorReport(input: { communeCode: "03718", period: "2023-12", values: [
              { indicator: "managed_persons_added", value: 0 }, { indicator: "managed_persons_released", value: 1 }, { indicator: "managed_persons_current", value: 61 }] }) { errors { code message } } }
            """)).EnsureData()["submitIndicatorReport"]!;
        Assert.Empty(report["errors"]!.AsArray());

        var afterReport = await StatusAsync(province, "14", "2023-Q4");
        Assert.Equal((11, 6, 1), ((int)afterReport["expected"]!, (int)afterReport["received"]!, (int)afterReport["receivedOnTime"]!));
        var december = afterReport["communes"]!.AsArray().Single(c => (string)c!["communeCode"]! == "03718")!["cells"]![2]!;
        Assert.Equal(("ON_TIME", api.Clock.GetUtcNow()), ((string)december["state"]!, DateTimeOffset.Parse((string)december["receivedAt"]!, System.Globalization.CultureInfo.InvariantCulture)));

        // Midnight in Hà Nội at the end of 5 January: 17:00 UTC.
        api.Clock.SetUtcNow(new DateTimeOffset(2024, 1, 5, 17, 0, 0, TimeSpan.Zero));
        await api.Host.Grains.GetGrain<IReportingDeadlinesGrain>("14").CheckDeadlinesAsync();
        var afterDeadline = await StatusAsync(province, "14", "2023-Q4");
        Assert.Equal(9, afterDeadline["overdue"]!.AsArray().Count);
        Assert.Equal(6.0 / 15, (double)afterDeadline["completeness"]!);
        Assert.DoesNotContain(afterDeadline["overdue"]!.AsArray(), o => (string)o!["communeCode"]! == "03718" && (string)o["month"]! == "2023-12");
        Assert.Equal([("03772", "2023-12", "OVERDUE")], await NoticesAsync(thuanChau, 1));
        // Chiềng Khoang reported December: nothing more for it.
        await chiengKhoang.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await chiengKhoang.ReceiveAsync(Wait))?["type"]);
    }

    [Fact]
    public async Task Only_the_provinces_committee_sets_its_schedule_and_a_due_day_every_month_has()
    {
        const string Mutation = "mutation($input: SetReportingScheduleInput!) { setReportingSchedule(input: $input) { schedule { dueDay policeMonth isDefault } errors { code field } } }";
        using var police = api.Client(api.Token(Roles.ProvincePolice, "14"));
        using var laiChau = api.Client(api.Token(Roles.ProvinceCommittee, "12"));
        using var province = api.Province14();

        var byPolice = await police.PostAsync(Mutation, new { input = new { provinceCode = "14", dueDay = 10, policeMonth = true } });
        var byLaiChau = await laiChau.PostAsync(Mutation, new { input = new { provinceCode = "14", dueDay = 10, policeMonth = true } });
        var day31 = (await province.PostAsync(Mutation, new { input = new { provinceCode = "14", dueDay = 31, policeMonth = false } })).EnsureData()["setReportingSchedule"]!;

        Assert.Equal("FORBIDDEN", (string?)byPolice.Errors?[0]?["extensions"]?["code"]);
        Assert.Equal("FORBIDDEN", (string?)byLaiChau.Errors?[0]?["extensions"]?["code"]);
        Assert.Equal(("VALIDATION_FAILED", "dueDay"), ((string?)day31["errors"]![0]!["code"], (string?)day31["errors"]![0]!["field"]));
        Assert.True((bool)(await StatusAsync(province, "14", "2023-11"))["schedule"]!["isDefault"]!);
    }

    [Theory]
    [InlineData(Roles.ProvinceCommittee, "14", null, null, "14", 5)]
    [InlineData(Roles.Analyst, "14", null, null, "14", 5)]
    [InlineData(Roles.ProvincePolice, "14", null, null, "14", 5)]
    [InlineData(Roles.DistrictCommittee, "14", "118", null, "118", 1)]
    [InlineData(Roles.CommuneCommittee, "14", null, "03718", "03718", 1)]
    [InlineData(Roles.DistrictCommittee, "14", "118", null, "14", -1)]
    [InlineData(Roles.DistrictCommittee, "14", "118", null, "03772", -1)]
    [InlineData(Roles.DistrictCommittee, "14", "116", null, "118", -1)]
    [InlineData(Roles.CommuneCommittee, "14", null, "03718", "14", -1)]
    [InlineData(Roles.ProvinceCommittee, "12", null, null, "14", -1)]
    [InlineData(Roles.ProvinceCommittee, "12", null, null, "03718", -1)]
    public async Task Each_role_reads_the_reporting_status_of_its_own_units_only_and_another_province_reads_as_not_found(
        string role, string province, string? districtCode, string? communeCode, string unit, int communes)
    {
        using var client = api.Client(api.Token(role, province, districtCode, commune: communeCode));

        var response = await client.PostAsync(StatusQuery, new { unit, period = "2023-11" });

        if (communes < 0)
        {
            Assert.Equal("NOT_FOUND", (string?)response.Errors?[0]?["extensions"]?["code"]);
            Assert.DoesNotContain("Chiềng", response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"communes\"", response.Body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(communes, response.EnsureData()["reportingStatus"]!["communes"]!.AsArray().Count);
        }
    }

    [Theory]
    [InlineData(Roles.ProvinceCommittee, "12", "14")]
    [InlineData(Roles.CommuneCommittee, "14", "03772")]
    public async Task A_subscription_to_reports_outside_the_callers_scope_is_refused(string role, string province, string unit)
    {
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(role, province, commune: role == Roles.CommuneCommittee ? "03718" : null)}" } });
        Assert.Equal("connection_ack", (string?)(await subscriber.ReceiveAsync(Wait))?["type"]);

        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = $"subscription {{ reportingNotice(unitCode: \"{unit}\") {{ communeCode }} }}" } });
        var answer = await subscriber.ReceiveAsync(Wait);

        Assert.Equal("error", (string?)answer?["type"]);
        Assert.Equal("FORBIDDEN", (string?)answer?["payload"]?[0]?["extensions"]?["code"]);
    }

    [Fact]
    public async Task Asked_for_what_is_current_a_committee_hears_its_overdue_report_as_it_subscribes_without_waiting_for_a_check_and_nothing_of_other_communes()
    {
        // No check runs here (the class's other test counts what the checks announce): what is current comes from the figures.
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {api.Token(Roles.DistrictCommittee, "14", "120")}" } });
        Assert.Equal("connection_ack", (string?)(await subscriber.ReceiveAsync(Wait))?["type"]);

        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { reportingNotice(unitCode: \"120\", current: true) { communeCode month kind } }" } });

        var notices = await NoticesAsync(subscriber, 1);
        Assert.All(notices, n => Assert.Equal("03823", n.Item1));
        Assert.Contains(notices, n => n.Item3 is "OVERDUE" or "DUE_SOON");
    }

    private async Task<GraphQLWebSocketClient> SubscribeAsync(string token, string unit)
    {
        var subscriber = await GraphQLWebSocketClient.ConnectAsync(api.Host.BaseAddress);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (string?)(await subscriber.ReceiveAsync(Wait))?["type"]);
        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = $"subscription {{ reportingNotice(unitCode: \"{unit}\") {{ communeCode month kind dueDate }} }}" } });
        // The session answers in order: the pong comes once the subscription is in place.
        await subscriber.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await subscriber.ReceiveAsync(Wait))?["type"]);
        return subscriber;
    }

    private static async Task<(string, string, string)[]> NoticesAsync(GraphQLWebSocketClient subscriber, int count)
    {
        var notices = new List<(string, string, string)>();
        while (notices.Count < count)
        {
            var message = await subscriber.ReceiveAsync(Wait);
            Assert.True(message is not null, $"closed: {subscriber.CloseStatus} {subscriber.CloseStatusDescription}");
            Assert.Equal("next", (string?)message["type"]);
            var notice = message["payload"]!["data"]!["reportingNotice"]!;
            notices.Add(((string)notice["communeCode"]!, (string)notice["month"]!, (string)notice["kind"]!));
        }

        return [.. notices.Order()];
    }

    private static async Task<JsonNode> StatusAsync(GraphQLClient client, string unit, string period) =>
        (await client.PostAsync(StatusQuery, new { unit, period })).EnsureData()["reportingStatus"]!;
}
