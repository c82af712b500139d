namespace ChuyenHoa.Benchmarks;

/// <summary>How much load each scenario sends: bounded in count and in time.</summary>
/// <param name="BaselineBurstReports">Reports of one ingest burst of the PostgreSQL comparison, on each side.</param>
/// <param name="BaselineBursts">Measured ingest bursts on each side, in turns, after one unmeasured burst each.</param>
public sealed record RunSize(
    int IngestReports, int RollupSamples, TimeSpan OverheadDuration, int FreshnessSamples,
    int Subscribers, int SubscriptionRounds, int MemoryCommunes, int ColdStarts, TimeSpan ScenarioTimeLimit,
    int BaselineBurstReports, int BaselineBursts)
{
    public const int Connections = 32;

    public static RunSize Full { get; } = new(2000, 300, TimeSpan.FromSeconds(10), 100, 1000, 3, 2000, 3, TimeSpan.FromMinutes(3), 400, 4);

    public static RunSize Smoke { get; } = new(40, 20, TimeSpan.FromSeconds(1), 5, 20, 1, 8, 1, TimeSpan.FromSeconds(60), 12, 2);
}
