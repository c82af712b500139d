using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Benchmarks;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Testing;

// dotnet run -c Release --project tests/ChuyenHoa.Benchmarks -- [--smoke | --provinces 14,12,...] [--edition 2024|2025] [--scenarios 8,1,2,...] [--postgres <folder of initdb>] [--output <folder>]
// dotnet run -c Release --project tests/ChuyenHoa.Benchmarks -- load --storage <connection string> --cluster-id <id> [--service-id <id>] [--smoke] [--edition 2024|2025]
// dotnet run -c Release --project tests/ChuyenHoa.Benchmarks -- digest [--smoke] [--edition 2024|2025]
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a, p => p.i + 1 < args.Length && !args[p.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[p.i + 1] : "");
var smoke = options.ContainsKey("--smoke");
var root = RepositoryPaths.FindRoot() ?? Directory.GetCurrentDirectory();
// Both lists of units unless one is named: the 2024 one (63 provinces) and the 2025 one (34).
IReadOnlyList<DivisionEdition> editions = options.GetValueOrDefault("--edition") is { Length: > 0 } editionId
    ? [DivisionEdition.Find(editionId) ?? throw new ArgumentException($"Unknown edition {editionId}: 2024 or 2025.")]
    : DivisionEdition.All;
DatasetShape ShapeOf(DivisionEdition edition) => (smoke, edition == DivisionEdition.TwoLevel2025) switch
{
    (true, false) => DatasetShape.Smoke,
    (true, true) => DatasetShape.Smoke2025,
    (false, false) => DatasetShape.National,
    (false, true) => DatasetShape.National2025,
};

if (args.FirstOrDefault() == "digest")
{
    // What the results name as the dataset's digest, without loading anything: to compare datasets across processes and machines.
    Console.WriteLine(new NationalDataset(ShapeOf(editions[0])).Digest());
    return 0;
}

if (args.FirstOrDefault() == "load")
{
    if (!options.TryGetValue("--storage", out var storage) || !options.TryGetValue("--cluster-id", out var clusterId))
    {
        Console.Error.WriteLine("Cần --storage <chuỗi kết nối Azure Storage> và --cluster-id <mã cụm đang chạy>.");
        return 2;
    }

    // A silo of its own joins the running cluster, loads through grain calls, and leaves.
    var dataset = new NationalDataset(ShapeOf(editions[0]));
    var data = Directory.CreateTempSubdirectory("chuyenhoa-load-").FullName;
    await using var silo = await SiloHost.StartAsync(storage, clusterId, new Dictionary<string, string?>
    {
        ["ChuyenHoa:Cluster:ServiceId"] = options.GetValueOrDefault("--service-id") is { Length: > 0 } serviceId ? serviceId : clusterId,
        ["ChuyenHoa:DataPath"] = data,
    });
    var (statistics, _) = await new DatasetLoader(silo.Grains, dataset.Shape, Console.Error).LoadAsync(dataset.Provinces);
    Console.WriteLine($"Loaded {statistics.Provinces} provinces, {statistics.Communes} communes, {statistics.Reports} reports, {statistics.Proposals} proposals in {statistics.Elapsed.TotalSeconds:0} s ({statistics.ReportsPerSecond:0} reports/s).");
    return 0;
}

var chosen = options.GetValueOrDefault("--scenarios") is { Length: > 0 } list
    ? list.Split(',').Select(int.Parse).ToHashSet()
    : BenchmarkRunner.Scenarios.Select(s => s.Number).ToHashSet();
var output = options.GetValueOrDefault("--output") is { Length: > 0 } folder
    ? folder
    : smoke ? Path.Combine(root, ".data", "benchmarks-smoke") : Path.Combine(root, "tests", "ChuyenHoa.Benchmarks", "results");

// A few provinces with all their communes: the national run's sizes on less data, to try a change before the full run.
var provinces = options.GetValueOrDefault("--provinces") is { Length: > 0 } codes ? codes.Split(',') : null;
var shapes = editions.Select(ShapeOf)
    .Select(shape => smoke || provinces is null ? shape : shape with { ProvinceCodes = [DatasetShape.FirstProvince, .. provinces.Where(p => p != DatasetShape.FirstProvince)] })
    .ToArray();
var mode = (smoke ? "smoke" : provinces is null ? "national" : $"provinces {string.Join(", ", shapes[0].ProvinceCodes)}") + $", {string.Join(" and ", editions.Select(e => e.Id))} list{(editions.Count > 1 ? "s" : "")}";
if (!smoke && provinces is not null && !options.ContainsKey("--output"))
{
    output = Path.Combine(root, ".data", "benchmarks-partial");
}

var report = await BenchmarkRunner.RunAsync(shapes, smoke ? RunSize.Smoke : RunSize.Full, mode, chosen, Console.Error, options.GetValueOrDefault("--postgres") is { Length: > 0 } postgres ? postgres : null);
await report.WriteAsync(output);
Console.WriteLine(report.Markdown());
Console.WriteLine($"Written to {output}");
return report.Scenarios.Any(s => s.Verdict.StartsWith("ERROR", StringComparison.Ordinal)) ? 1 : 0;
