using System.Diagnostics;
using ChuyenHoa.Benchmarks.Reporting;
using ChuyenHoa.Contracts.Conversion;
using Orleans.Runtime;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Scenarios;

/// <summary>
/// 6. Managed heap per active commune: every grain is deactivated, then N communes with their months are activated
/// (their indicators grain and the unit grain it reads on activation); the heap after a full collection, before and after, over N.
/// </summary>
public static class MemoryScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchmarkEnvironment environment, RunSize size)
    {
        var management = environment.Silo.Grains.GetGrain<IManagementGrain>(0);
        var communes = environment.Dataset.Provinces.SelectMany(p => p.Communes).ToArray();
        var chosen = Enumerable.Range(0, Math.Min(size.MemoryCommunes, communes.Length)).Select(i => communes[(int)((long)i * communes.Length / Math.Min(size.MemoryCommunes, communes.Length))]).ToArray();

        // Tens of thousands of deactivations outlast a grain call's timeout; they go on in the silo, so the call is repeated until
        // no commune is active and no other grain is still going: a grain freed during the measurement would hide the communes' heap.
        var before = int.MaxValue;
        var others = -1;
        for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromMinutes(3);)
        {
            try
            {
                await management.ForceActivationCollection(TimeSpan.Zero);
                var statistics = await management.GetSimpleGrainStatistics();
                var (indicators, rest) = (IndicatorActivations(statistics), statistics.Sum(s => s.ActivationCount) - IndicatorActivations(statistics));
                if (indicators == 0 && rest == others)
                {
                    before = 0;
                    break;
                }

                (before, others) = (indicators, rest);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        if (before == int.MaxValue)
        {
            throw new TimeoutException("The silo did not answer how many grains were still active within 3 minutes.");
        }

        var heapBefore = Heap();
        await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = RunSize.Connections }, async (commune, _) =>
            await environment.Silo.Grains.GetGrain<IUnitIndicatorsGrain>(environment.Dataset.Shape.KeyOf(commune.Code)).GetValuesAsync(commune.LastReport.Period, [CriminalCases]));
        var heapAfter = Heap();
        var activated = await IndicatorActivationsAsync(management) - before;

        var perCommune = (heapAfter - heapBefore) / (double)Math.Max(activated, 1) / 1024;
        return ScenarioResult.AtMost(6, "Memory: managed heap per active commune",
            $"{activated} communes with {environment.Dataset.Shape.Months} months activated ({before} indicator grains still active before): heap {heapBefore / 1048576.0:0.0} → {heapAfter / 1048576.0:0.0} MiB",
            perCommune, " KB", 16, Math.Max(0, chosen.Length - activated));
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<int> IndicatorActivationsAsync(IManagementGrain management) => IndicatorActivations(await management.GetSimpleGrainStatistics());

    private static int IndicatorActivations(SimpleGrainStatistic[] statistics) =>
        statistics.Where(s => s.GrainType.Contains("UnitIndicatorsGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
}
