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
        var samples = new Samples();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && clock.Elapsed < duration)
            {
                await samples.MeasureAsync(operation, index);
            }
        })));
        return samples.Result(clock.Elapsed);
    }

    /// <summary>
    /// One operation at a time, taking the <paramref name="operations"/> in turn (<c>count</c> each at most), so that
    /// whatever else the machine or the process does meanwhile falls on every one alike; each is timed on its own.
    /// </summary>
    /// <returns>One result per operation, in order; its elapsed time is the sum of its own operations'.</returns>
    public static async Task<IReadOnlyList<LoopResult>> AlternateAsync(int count, TimeSpan duration, params IReadOnlyList<Func<int, Task>> operations)
    {
        var samples = operations.Select(_ => new Samples()).ToArray();
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < count && clock.Elapsed < duration; index++)
        {
            for (var i = 0; i < operations.Count; i++)
            {
                await samples[i].MeasureAsync(operations[i], index);
            }
        }

        return [.. samples.Select(s => s.Result(TimeSpan.FromMilliseconds(s.BusyMs)))];
    }

    /// <summary>Latencies and failures of operations, from any number of workers.</summary>
    private sealed class Samples
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<double> _latencies = [];
        private int _failed;
        private string? _firstFailure;

        public double BusyMs => _latencies.Sum();

        public async Task MeasureAsync(Func<int, Task> operation, int index)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await operation(index);
                _latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            catch (Exception e)
            {
                // Counted and reported with the row: a benchmark that hides its failures measures nothing.
                Interlocked.Increment(ref _failed);
                Interlocked.CompareExchange(ref _firstFailure, e.Message, null);
            }
        }

        public LoopResult Result(TimeSpan elapsed) => new(_latencies.Count, _failed, elapsed, [.. _latencies], _firstFailure);
    }
}
