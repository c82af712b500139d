using ChuyenHoa.Benchmarks.Baseline;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Security;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Benchmarks.Tests;

/// <summary>The smoke dataset loaded into the platform (Azurite and a host, as the runner does) and into the PostgreSQL baseline.</summary>
public sealed class BaselineFixture : IAsyncLifetime
{
    public BenchmarkEnvironment Platform { get; private set; } = null!;

    public PostgresBaseline Baseline { get; private set; } = null!;

    private PostgresServer? _server;

    public async Task InitializeAsync()
    {
        var dataset = new NationalDataset(DatasetShape.Smoke);
        Platform = await BenchmarkEnvironment.StartAsync(dataset);
        var (_, proposals) = await new DatasetLoader(Platform.Silo.Grains, dataset.Shape, TextWriter.Null).LoadAsync(dataset.Provinces);
        _server = await PostgresServer.StartAsync(PostgresServerTests.RequiredBinaries());
        Baseline = await PostgresBaseline.CreateAsync(_server.ConnectionString, dataset.Shape.Edition);
        await Baseline.LoadAsync(dataset, proposals.Keys.ToHashSet());
    }

    public async Task DisposeAsync()
    {
        await Baseline.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await Platform.DisposeAsync();
    }
}

public sealed class PostgresBaselineTests(BaselineFixture fixture) : IClassFixture<BaselineFixture>
{
    private static readonly NationalDataset Dataset = new(DatasetShape.Smoke);

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-Q2")]
    [InlineData("2023-12")]
    [InlineData("2022")]
    public async Task Group_by_totals_equal_the_products_rolled_up_totals_of_the_same_dataset(string period)
    {
        foreach (var province in Dataset.Provinces)
        {
            var platform = await fixture.Platform.ProvinceTotalsAsync(province.Code, period);
            var groupBy = (await fixture.Baseline.ProvinceTotalsAsync(province.Code, period)).ToDictionary(v => v.Indicator, v => v.Value);

            Assert.Contains(platform.Values, v => v is > 0);
            Assert.Equal(platform.OrderBy(p => p.Key), groupBy.OrderBy(p => p.Key));
        }
    }

    public static TheoryData<string, string, string, string> Refused => new()
    {
        // the error expected (code and field), the commune ("own": a commune of the caller's district; "other province"), the
        // caller ("own district" or "other district"), the report as "period|indicator=value,...|note"
        { "VALIDATION_FAILED criminal_cases", "own", "own district", "2023-06|criminal_cases=-1|" },
        { "VALIDATION_FAILED criminal_cases", "own", "own district", "2023-06|criminal_cases=1.5|" },
        { "VALIDATION_FAILED no_such_indicator", "own", "own district", "2023-06|no_such_indicator=1|" },
        { "VALIDATION_FAILED criminal_cases", "own", "own district", "2023-06|criminal_cases=1,criminal_cases=2|" },
        { "VALIDATION_FAILED values", "own", "own district", "2023-06||" },
        { "VALIDATION_FAILED period", "own", "own district", "2023-Q4|criminal_cases=1|" },
        { "VALIDATION_FAILED period", "own", "own district", "June|criminal_cases=1|" },
        { "VALIDATION_FAILED communeCode", "own", "own district", "2024-01|criminal_cases=1|" },
        { $"VALIDATION_FAILED {ManagedPersonsCurrent}", "own", "own district", $"2023-12|{ManagedPersonsAdded}=0,{ManagedPersonsReleased}=0,{ManagedPersonsCurrent}=999999|" },
        { "VALIDATION_FAILED note", "own", "own district", $"2023-12|{SecurityCameras}=999999|" },
        { "NOT_FOUND communeCode", "other province", "own district", "2023-06|criminal_cases=1|" },
        { "FORBIDDEN ", "own", "other district", "2023-06|criminal_cases=1|" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task The_baseline_refuses_what_the_product_refuses_with_the_same_errors(string expected, string commune, string reporter, string report)
    {
        var (communeCode, caller, input) = Prepare(commune, reporter, report);

        var product = await fixture.Platform.Silo.Grains.GetGrain<IUnitIndicatorsGrain>(communeCode).RecordReportAsync(caller, input);
        var baseline = await fixture.Baseline.RecordReportAsync(caller, communeCode, input);

        Assert.Contains(expected, product.Errors.Select(e => $"{e.Code} {e.Field}"));
        Assert.Equal(product.Errors.OrderBy(e => e.Message, StringComparer.Ordinal), baseline.Select(UserError.From).OrderBy(e => e.Message, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_correction_with_a_note_is_accepted_by_both_and_the_totals_stay_equal()
    {
        var (communeCode, caller, input) = Prepare("own", "own district", $"2023-11|{SecurityCameras}=777|Camera mới lắp (kiểm thử).");

        var product = await fixture.Platform.Silo.Grains.GetGrain<IUnitIndicatorsGrain>(communeCode).RecordReportAsync(caller, input);
        var baseline = await fixture.Baseline.RecordReportAsync(caller, communeCode, input);

        Assert.True(product.Succeeded, string.Join("; ", product.Errors));
        Assert.Empty(baseline);
        var platform = await fixture.Platform.ProvinceTotalsAsync("14", "2023-11");
        Assert.Equal(platform.OrderBy(p => p.Key), (await fixture.Baseline.ProvinceTotalsAsync("14", "2023-11")).ToDictionary(v => v.Indicator, v => v.Value).OrderBy(p => p.Key));
    }

    /// <summary>Sơn La's first commune of the dataset, or Lai Châu's; the committee of its district, or of another district of Sơn La.</summary>
    private static (string CommuneCode, Caller Caller, ReportInput Report) Prepare(string commune, string reporter, string report)
    {
        var own = Dataset[DatasetShape.FirstProvince].Communes[0];
        var communeCode = commune == "own" ? own.Code : Dataset.Provinces[1].Communes[0].Code;
        var district = reporter == "own district" ? own.DistrictCode : Dataset.Shape.Catalog.ChildrenOf(DatasetShape.FirstProvince).First(d => d != own.DistrictCode);
        var caller = new Caller($"test-district-{district}", $"Ban Chỉ đạo huyện {district}", [Roles.DistrictCommittee], DatasetShape.FirstProvince, district);
        var parts = report.Split('|');
        var values = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=')).Select(v => new IndicatorInput(v[0], double.Parse(v[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        return (communeCode, caller, new ReportInput(parts[0], values, Note: parts[2].Length > 0 ? parts[2] : null));
    }
}
