using System.Collections.Concurrent;
using System.Diagnostics;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 5. Many WebSocket subscribers of <c>removalProposalChanged</c> on Sơn La; a proposal is decided (rejected by the province's
/// committee on the 2024 list, returned by the provincial police, who review first in the 2025 list's chain) and each
/// subscriber's latency runs from the moment the mutation is sent to the moment its own message arrives. Each subscriber
/// waits for the pong after its subscribe, so every subscription is in place; a first decision, unmeasured, warms the path.
/// </summary>
public static class SubscriptionScenario
{
    private const string Subscription = "subscription Changes($code: String!) { removalProposalChanged(provinceCode: $code) { id status } }";
    private const string Reject = "mutation Reject($input: DecideRemovalProposalInput!) { rejectRemovalProposal(input: $input) { errors { code message } } }";
    private const string Return = "mutation Return($input: DecideRemovalProposalInput!) { returnRemovalProposal(input: $input) { errors { code message } } }";

    public static async Task<ScenarioResult> RunAsync(BenchmarkEnvironment environment, RunSize size)
    {
        var province = environment.Dataset[DatasetShape.FirstProvince];
        var token = environment.ProvinceToken(province.Code);
        // The step after the proposer's acts: the province's committee rejects on the 2024 list; on the 2025 one the provincial
        // police review first, and return the proposal.
        var byPolice = ApprovalChain.DefaultFor(environment.Dataset.Shape.Edition).Steps[1].Role == Roles.ProvincePolice;
        var (decision, decider, payload) = byPolice
            ? (Return, environment.PoliceToken(province.Code), "returnRemovalProposal")
            : (Reject, token, "rejectRemovalProposal");
        var proposals = province.Communes.Where(c => environment.Proposals.ContainsKey(c.Code)).Select(c => environment.Proposals[c.Code]).ToArray();
        var rounds = Math.Min(size.SubscriptionRounds, proposals.Length - 1);
        if (rounds < 1)
        {
            throw new InvalidOperationException($"Sơn La has {proposals.Length} proposals; the scenario needs at least two.");
        }

        var ids = proposals.Take(rounds + 1).Select(p => GlobalId.Encode("RemovalProposal", p.ToString("N"))).ToArray();
        var round = 0;
        long roundStart = 0;
        var arrivals = new ConcurrentBag<(int Round, double Ms)>();
        var received = new int[rounds + 1];
        var clients = new ConcurrentBag<GraphQLWebSocketClient>();
        var connect = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, size.Subscribers), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (_, _) =>
        {
            var client = await GraphQLWebSocketClient.ConnectAsync(environment.Silo.BaseAddress);
            clients.Add(client);
            await client.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });
            var ack = await client.ReceiveAsync(TimeSpan.FromSeconds(30));
            if (ack?["type"]?.GetValue<string>() != "connection_ack")
            {
                throw new InvalidOperationException($"No connection_ack: {ack?.ToJsonString()}");
            }

            await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = Subscription, variables = new { code = province.Code } } });
            // A socket's messages are handled in order: the pong says the subscription is registered with the proposals' grain.
            await client.SendAsync(new { type = "ping" });
            var pong = await client.ReceiveAsync(TimeSpan.FromSeconds(30));
            if (pong?["type"]?.GetValue<string>() != "pong")
            {
                throw new InvalidOperationException($"No pong after subscribing: {pong?.ToJsonString()}");
            }
        });
        var connected = connect.Elapsed;

        // Each subscriber takes the first message of each round, and stops after the last round.
        var listeners = clients.Select(client => Task.Run(async () =>
        {
            var seen = -1;
            while (seen < rounds)
            {
                var message = await client.ReceiveAsync(TimeSpan.FromSeconds(60));
                // Counted for a round only when it is that round's proposal: a late message of an earlier round is not a fast one of this round.
                if (message?["type"]?.GetValue<string>() == "next" && Volatile.Read(ref round) is var current && current > seen
                    && message["payload"]?["data"]?["removalProposalChanged"]?["id"]?.GetValue<string>() == ids[current])
                {
                    arrivals.Add((current, Stopwatch.GetElapsedTime(Volatile.Read(ref roundStart)).TotalMilliseconds));
                    Interlocked.Increment(ref received[current]);
                    seen = current;
                }
            }
        })).ToArray();

        for (var r = 0; r <= rounds; r++)
        {
            Volatile.Write(ref round, r);
            Volatile.Write(ref roundStart, Stopwatch.GetTimestamp());
            var input = new { proposalId = ids[r], reason = "Chưa đủ căn cứ (đo hiệu năng)." };
            var data = (await environment.Http.SendAsync(BenchmarkEnvironment.GraphQLRequest(decider, new { query = decision, variables = new { input } }))).EnsureData();
            if (data[payload]!["errors"]!.AsArray().Count > 0)
            {
                throw new InvalidOperationException(data.ToJsonString());
            }

            var wait = Stopwatch.StartNew();
            while (Volatile.Read(ref received[r]) < size.Subscribers && wait.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(10);
            }
        }

        await Task.WhenAll(listeners.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        var measured = arrivals.Where(a => a.Round > 0).Select(a => a.Ms).ToArray();
        var missing = (rounds * size.Subscribers) - measured.Length;
        var p99 = LoopResult.Percentile(measured, 0.99);
        return ScenarioResult.AtMost(5, "Subscriptions: decision to every subscriber",
            $"{size.Subscribers} WebSocket subscribers (connected in {connected.TotalSeconds:0.0} s), {rounds} decisions: p50 {BenchmarkEnvironment.Invariant(LoopResult.Percentile(measured, 0.5), "0.0")} ms, p99 {BenchmarkEnvironment.Invariant(p99, "0.0")} ms, max {BenchmarkEnvironment.Invariant(measured.DefaultIfEmpty(double.NaN).Max(), "0.0")} ms",
            p99, " ms", 250, missing);
    }
}
