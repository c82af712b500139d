namespace ChuyenHoa.Benchmarks.Tests;

public sealed class LoadGeneratorTests
{
    [Fact]
    public async Task Alternating_takes_the_operations_in_turns_and_keeps_each_ones_latencies_and_failures_apart()
    {
        var calls = new List<string>();

        var results = await LoadGenerator.AlternateAsync(3, TimeSpan.FromMinutes(1),
            index => { calls.Add($"large {index}"); return Task.CompletedTask; },
            index => { calls.Add($"small {index}"); return index == 1 ? Task.FromException(new InvalidOperationException("no totals")) : Task.CompletedTask; });

        Assert.Equal(["large 0", "small 0", "large 1", "small 1", "large 2", "small 2"], calls);
        Assert.Equal((3, 0, 3), (results[0].Completed, results[0].Failed, results[0].LatenciesMs.Count));
        Assert.Equal((2, 1, 2, "no totals"), (results[1].Completed, results[1].Failed, results[1].LatenciesMs.Count, results[1].FirstFailure));
    }
}
