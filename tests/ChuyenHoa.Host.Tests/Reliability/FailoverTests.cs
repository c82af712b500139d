using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;
using Xunit.Abstractions;

namespace ChuyenHoa.Host.Tests.Reliability;

/// <summary>
/// Three silos, each a process of its own, on one Azurite with Azure Table clustering. Clients send reports, proposals
/// and decisions through silos 2 and 3 and retry a failed request with the same idempotency key; silo 1, which loaded the
/// demo data and so holds most grains, is killed with SIGKILL midway. Afterwards every acknowledged mutation is in storage
/// exactly once and every roll-up is the sum of its communes. Then a caller who alternates between the two survivors
/// meets one rate limit, not one per silo.
/// </summary>
[Trait("Category", "Slow")]
[Trait("Category", "Failover")]
[Collection(AzuriteCollection.Name)]
public sealed class FailoverTests(AzuriteFixture storage, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Reports per (commune, month) series, and return-and-resubmit rounds per proposal before the approval.</summary>
    private const int ReportsPerSeries = 40;
    private const int ProposalRounds = 12;
    private const int KillAfterAcknowledged = 150;

    /// <summary>Mutations per caller per window: above what any worker sends with its retries, low enough to reach in the test.</summary>
    private const int MutationsPerWindow = 120;

    private static readonly (string Commune, string District)[] Communes = [("03718", "118"), ("03772", "119"), ("03823", "120"), ("04177", "126"), ("04240", "127")];
    private static readonly string[] Months = ["2023-11", "2023-12"];

    /// <summary>
    /// Membership tuned for the test: a silo is voted dead after 2 missed probes of 2 s each (production keeps Orleans'
    /// defaults); the leave timeout as infra/kubernetes/settings.yaml sets it; a rate-limit window that outlasts the test.
    /// </summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["ChuyenHoa:Cluster:Membership:ProbeTimeout"] = "00:00:02",
        ["ChuyenHoa:Cluster:Membership:NumMissedProbesLimit"] = "2",
        ["ChuyenHoa:Cluster:Membership:TableRefreshTimeout"] = "00:00:02",
        ["ChuyenHoa:Cluster:LeaveTimeout"] = "00:00:10",
        ["ChuyenHoa:RateLimiting:MutationsPerWindow"] = MutationsPerWindow.ToString(CultureInfo.InvariantCulture),
        ["ChuyenHoa:RateLimiting:Window"] = "00:30:00",
    };

    private readonly string _dataPath = Directory.CreateTempSubdirectory("chuyenhoa-failover-").FullName;
    private readonly List<HostProcess> _silos = [];
    private readonly ConcurrentQueue<DateTime> _failures = new();
    private readonly ConcurrentQueue<DateTime> _successes = new();
    private int _acknowledged;
    private DateTime? _killedAt;

    public async Task InitializeAsync()
    {
        // The development signing key, created once before three processes would race to create it.
        Token(Roles.PlatformAdmin, null, "setup");
        var clusterId = SiloHost.NewClusterId();
        for (var i = 1; i <= 3; i++)
        {
            var settings = new Dictionary<string, string?>(Settings)
            {
                ["ChuyenHoa:Storage:ConnectionString"] = storage.ConnectionString,
                ["ChuyenHoa:Cluster:ClusterId"] = clusterId,
                ["ChuyenHoa:Cluster:ServiceId"] = clusterId,
                ["ChuyenHoa:Cluster:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
                // No Orleans gateway, as the container image and the deployments run (infra/kubernetes/settings.yaml).
                ["ChuyenHoa:Cluster:GatewayPort"] = "0",
                ["ChuyenHoa:DataPath"] = _dataPath,
                ["ChuyenHoa:DemoData"] = i == 1 ? "true" : "false",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            _silos.Add(HostProcess.Start(settings, Path.Combine(_dataPath, $"silo-{i}.log")));
        }

        foreach (var silo in _silos)
        {
            await Eventually.HoldsAsync(silo.IsReadyAsync, TimeSpan.FromSeconds(240), $"silo at {silo.BaseAddress} is ready (log {silo.LogPath})");
        }

        using var province = new GraphQLClient(_silos[1].BaseAddress, Token(Roles.ProvinceCommittee, null, "Văn phòng tỉnh"));
        await Eventually.HoldsAsync(
            async () => (int?)(await province.PostAsync("""{ removalProposals(provinceCode: "14") { totalCount } }""")).Data?["removalProposals"]?["totalCount"] == 3,
            TimeSpan.FromSeconds(180),
            "silo 1 has loaded the demo tenants, the reference case, the two-level demo and the drug track's year (a proposal each)");
    }

    [Fact]
    public async Task Every_mutation_acknowledged_while_a_silo_is_killed_is_stored_exactly_once_and_the_roll_ups_add_up()
    {
        var clock = Stopwatch.StartNew();
        var reportSeries = Communes.SelectMany(c => Months.Select(m => (c.Commune, c.District, Month: m))).ToArray();
        var reportWorkers = reportSeries.Select((series, i) => SendReportsAsync(series.Commune, series.District, series.Month, i));
        var proposalWorkers = Communes.Skip(1).Select((c, i) => SendProposalRoundsAsync(c.Commune, c.District, i));
        var killer = KillSiloOneMidwayAsync();

        var reports = await Task.WhenAll(reportWorkers);
        var proposals = await Task.WhenAll(proposalWorkers);
        await killer;
        var driven = clock.Elapsed;

        Assert.True(_silos[0].HasExited);
        Assert.InRange(_acknowledged, 500, int.MaxValue);
        var afterKill = _failures.Where(f => f >= _killedAt).OrderBy(f => f).ToArray();
        output.WriteLine($"{_acknowledged} mutations acknowledged in {driven.TotalSeconds:0} s through silos 2 and 3.");
        var recovered = afterKill.Length == 0 ? _killedAt!.Value : _successes.Where(s => s > afterKill[^1]).Min();
        output.WriteLine($"{_failures.Count} failed attempts retried, {afterKill.Length} after the kill; no attempt failed later than {(recovered - _killedAt!.Value).TotalSeconds:0.0} s after the kill (the first success after the last failure).");

        using var reader = new GraphQLClient(_silos[2].BaseAddress, Token(Roles.ProvinceCommittee, null, "Kiểm tra"));
        foreach (var series in reports)
        {
            var history = (await reader.PostAsync("query($c: String!) { commune(code: $c, edition: \"2024\") { reportHistory { period indicator newValue } } }", new { c = series.Commune }))
                .EnsureData()["commune"]!["reportHistory"]!.AsArray()
                .Where(r => (string?)r!["period"] == series.Month && (string?)r["indicator"] == "security_cameras")
                .Select(r => (long)(double)r!["newValue"]!)
                .ToArray();
            Assert.Equal(series.Values, history);
        }

        foreach (var proposal in proposals)
        {
            var read = (await reader.PostAsync("query($id: ID!) { node(id: $id) { ... on RemovalProposal { status history { action } } } }", new { id = proposal.Id }))
                .EnsureData()["node"]!;
            Assert.Equal("APPROVED", (string?)read["status"]);
            Assert.Equal(proposal.Actions, read["history"]!.AsArray().Select(e => (string)e!["action"]!));
        }

        var settled = Stopwatch.StartNew();
        await Eventually.HoldsAsync(() => RollUpsAddUpAsync(reader), TimeSpan.FromSeconds(180), "every district and the province total their communes for November and December");
        output.WriteLine($"roll-ups consistent {settled.Elapsed.TotalSeconds:0} s after the last mutation (pushes that failed are retried by a reminder every minute).");

        await OneRateLimitHoldsAcrossTheSurvivingSilosAsync();
    }

    /// <summary>
    /// A caller sends mutations through silos 2 and 3 in turn: the window is one for the cluster, so exactly the limit
    /// gets through and the next one is refused with 429 whichever silo it reaches. The mutation withdraws a proposal
    /// that does not exist: it is charged like any other and changes nothing.
    /// </summary>
    private async Task OneRateLimitHoldsAcrossTheSurvivingSilosAsync()
    {
        var token = Token(Roles.DistrictCommittee, "118", "Người gửi liên tục");
        using var throughTwo = new GraphQLClient(_silos[1].BaseAddress, token);
        using var throughThree = new GraphQLClient(_silos[2].BaseAddress, token);
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i <= MutationsPerWindow + 1; i++)
        {
            var response = await (i % 2 == 0 ? throughTwo : throughThree).PostAsync(
                """mutation { withdrawRemovalProposal(input: { proposalId: "UmVtb3ZhbFByb3Bvc2FsOjA=" }) { errors { code } } }""");
            statuses.Add(response.Status);
        }

        Assert.Equal(MutationsPerWindow, statuses.Count(s => s != System.Net.HttpStatusCode.TooManyRequests));
        Assert.All(statuses.Skip(MutationsPerWindow), s => Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, s));
        output.WriteLine($"one caller through two silos: {MutationsPerWindow} mutations accepted, then 429 from both silos.");
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        Directory.Delete(_dataPath, recursive: true);
    }

    private async Task KillSiloOneMidwayAsync()
    {
        await Eventually.HoldsAsync(() => Task.FromResult(Volatile.Read(ref _acknowledged) >= KillAfterAcknowledged), TimeSpan.FromSeconds(300), $"{KillAfterAcknowledged} mutations acknowledged");
        _killedAt = DateTime.UtcNow;
        _silos[0].Kill();
        output.WriteLine($"silo 1 killed (SIGKILL) at {_killedAt:HH:mm:ss.fff} after {_acknowledged} acknowledged mutations.");
    }

    /// <summary>One (commune, month) series: each report raises the camera count by one; returns the values acknowledged.</summary>
    private async Task<(string Commune, string Month, long[] Values)> SendReportsAsync(string commune, string district, string month, int worker)
    {
        var token = Token(Roles.DistrictCommittee, district, $"Cán bộ báo cáo {worker}");
        var values = new List<long>();
        for (var i = 1; i <= ReportsPerSeries; i++)
        {
            var value = 5_000 + (worker * 100) + i;
            var payload = await SendAsync(worker, token, "submitIndicatorReport", """
                mutation($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { report { version } errors { code message } } }
                """, new { input = new { communeCode = commune, period = month, values = new[] { new { indicator = "security_cameras", value } }, note = "Đếm lại camera", clientMutationId = $"{commune}-{month}-{i}" } });
            Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
            values.Add(value);
        }

        return (commune, month, values.ToArray());
    }

    /// <summary>Submit, then return and resubmit <see cref="ProposalRounds"/> times, then approve; returns the expected audit trail.</summary>
    private async Task<(string Id, string[] Actions)> SendProposalRoundsAsync(string commune, string district, int worker)
    {
        var districtToken = Token(Roles.DistrictCommittee, district, $"Ban Chỉ đạo huyện {district}");
        var provinceToken = Token(Roles.ProvinceCommittee, null, $"Ban Chỉ đạo tỉnh {worker}");
        var actions = new List<string>();
        string? id = null;
        for (var round = 1; round <= ProposalRounds + 1; round++)
        {
            var submitted = await SendAsync(100 + worker, districtToken, "submitRemovalProposal", """
                mutation($input: SubmitRemovalProposalInput!) { submitRemovalProposal(input: $input) { proposal { id } errors { code message } } }
                """, new
            {
                input = new
                {
                    communeCode = commune, year = 2023, conferenceDate = "2023-11-20", conferenceChair = "Trưởng ban chỉ đạo huyện", conferenceAttendance = 20 + round,
                    conferenceSummary = $"Hội nghị lần {round}", assessment = $"Đề nghị lần {round}", clientMutationId = $"proposal-{commune}-{round}",
                    evidence = EvidenceVariables.LetterAndMinutes(commune, "2023-11-20"),
                },
            });
            Assert.True(submitted["errors"]!.AsArray().Count == 0, submitted.ToJsonString());
            id = (string)submitted["proposal"]!["id"]!;
            actions.Add(round == 1 ? "SUBMIT" : "RESUBMIT");

            var last = round == ProposalRounds + 1;
            var decision = last ? "approveRemovalProposal" : "returnRemovalProposal";
            await DecideAsync(100 + worker, provinceToken, decision, id, last ? "APPROVED" : "RETURNED", last ? "APPROVE" : "RETURN");
            actions.Add(last ? "APPROVE" : "RETURN");
        }

        return (id!, actions.ToArray());
    }

    /// <summary>
    /// A decision is retried with its idempotency key like any mutation: whether the failed attempt was applied or not,
    /// the retry is answered without an error, and the proposal holds the decision once (checked at the end).
    /// </summary>
    private async Task DecideAsync(int worker, string token, string field, string id, string status, string action)
    {
        var payload = await SendAsync(worker, token, field, $$"""
            mutation($id: ID!, $key: String) { {{field}}(input: { proposalId: $id, reason: "Bổ sung tài liệu", clientMutationId: $key }) { proposal { status history { action } } errors { code message } } }
            """, new { id, key = Guid.NewGuid().ToString("N") });
        Assert.Equal("[]", payload["errors"]!.ToJsonString());
        Assert.Equal((status, action), ((string?)payload["proposal"]!["status"], (string?)payload["proposal"]!["history"]!.AsArray()[^1]!["action"]));
    }

    /// <summary>Sends until a silo answers the field; a failed attempt (no answer, 5xx, an outage error) is retried through the other silo.</summary>
    private async Task<JsonNode> SendAsync(int worker, string token, string field, string document, object variables)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        for (var attempt = 0; ; attempt++)
        {
            var silo = _silos[1 + ((worker + attempt) % 2)];
            try
            {
                using var client = new GraphQLClient(silo.BaseAddress, token);
                var response = await client.PostAsync(document, variables);
                if (response.Status == System.Net.HttpStatusCode.OK && response.Errors is null && response.Data?[field] is { } payload)
                {
                    if (!field.StartsWith("node", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref _acknowledged);
                        _successes.Enqueue(DateTime.UtcNow);
                    }

                    return payload;
                }

                Assert.True(response.Status is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.ServiceUnavailable, $"{(int)response.Status} {response.Body}");
            }
            catch (HttpRequestException)
            {
                // No answer at all: the request may or may not have been applied; the retry tells.
            }

            _failures.Enqueue(DateTime.UtcNow);
            Assert.True(DateTime.UtcNow < deadline, $"{field} still failing after 3 minutes");
            await Task.Delay(TimeSpan.FromMilliseconds(250 * Math.Min(attempt + 1, 8)));
        }
    }

    private static async Task<bool> RollUpsAddUpAsync(GraphQLClient reader)
    {
        foreach (var month in Months)
        {
            var province = (await reader.PostAsync("""
                query($p: String!) { province(code: "14", edition: "2024") { indicators(period: $p, indicators: ["security_cameras"]) { value }
                  districts { indicators(period: $p, indicators: ["security_cameras"]) { value } communes { indicators(period: $p, indicators: ["security_cameras"]) { value } } } } }
                """, new { p = month })).EnsureData()["province"]!;
            var districts = province["districts"]!.AsArray();
            if (districts.Any(d => Value(d!) != d!["communes"]!.AsArray().Sum(c => Value(c!))) || Value(province) != districts.Sum(d => Value(d!)))
            {
                return false;
            }
        }

        return true;
    }

    private static double Value(JsonNode unit) => (double?)unit["indicators"]![0]!["value"] ?? 0;

    private string Token(string role, string? district, string name) =>
        new DevelopmentIssuer(_dataPath).CreateToken(new DevelopmentTokenRequest(role, "14", district, name, TimeSpan.FromMinutes(60)), DateTimeOffset.UtcNow);
}
