using System.Diagnostics;

namespace ChuyenHoa.Benchmarks;

/// <summary>What a closed loop of workers did: how many operations, how long, each one's latency.</summary>
public sealed record LoopResult(int Completed, int Failed, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, string? FirstFailure)
{
    public double PerSecond => Completed / Elapsed.TotalSeconds;

    /// <summary>Two runs of the same operation as one.</summary>
    public LoopResult Plus(LoopResult other) =>
        new(Completed + other.Completed, Failed + other.Failed, Elapsed + other.Elapsed, [.. LatenciesMs, .. other.LatenciesMs], FirstFailure ?? other.FirstFailure);

    public double P50 => Percentile(LatenciesMs, 0.50);

    public double P99 => Percentile(LatenciesMs, 0.99);

    /// <summary>Nearest rank: the smallest value with at least <paramref name="fraction"/> of the values at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>
/// A closed-loop load generator: <c>workers</c> loops, each sending its next operation when the last one answered,
/// until <c>count</c> operations are done or <c>duration</c> has passed, whichever comes first. Bounded both ways.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoopResult> RunAsync(int workers, int count, TimeSpan duration, Func<int, Task> operation)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var next = -1;
        var failed = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await operation(index);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (Exception e)
                {
                    // Counted and reported with the row: a benchmark that hides its failures measures nothing.
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, e.Message, null);
                }
            }
        })));
        return new LoopResult(latencies.Count, failed, clock.Elapsed, [.. latencies], firstFailure);
    }
}
