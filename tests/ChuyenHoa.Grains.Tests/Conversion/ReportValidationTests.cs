using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Conversion;

// The refusals change nothing and the two accepted reports write other indicators of 2023-11 (a change whatever else of the
// collection reported that month first), so they share the collection's cluster.
[Collection(ReferenceCaseCollection.Name)]
public sealed class ReportValidationTests(SharedReferenceCase shared) : ReferenceCaseCluster(shared)
{
    private IUnitIndicatorsGrain ChiengKhoang => Grains.GetGrain<IUnitIndicatorsGrain>("03718");

    // After 2023-10 Chiềng Khoang manages 62 persons; November reports build on that.
    public static TheoryData<string, IndicatorInput[], string, string> BadReports => new()
    {
        { "2023-11", [new(SecurityCameras, -1)], ErrorCodes.ValidationFailed, SecurityCameras },
        { "2023-11", [new(SecurityCameras, 190.5)], ErrorCodes.ValidationFailed, SecurityCameras },
        { "2023-11", [new("so_vu_chay_rung", 3)], ErrorCodes.ValidationFailed, "so_vu_chay_rung" },
        { "2023-Q4", [new(CriminalCases, 1)], ErrorCodes.ValidationFailed, "period" },
        { "2023-13", [new(CriminalCases, 1)], ErrorCodes.ValidationFailed, "period" },
        { "2024-01", [new(CriminalCases, 1)], ErrorCodes.ValidationFailed, "communeCode" },
        { "2023-11", [], ErrorCodes.ValidationFailed, "values" },
        { "2023-11", [new(ManagedPersonsAdded, 2), new(ManagedPersonsReleased, 1), new(ManagedPersonsCurrent, 70)], ErrorCodes.ValidationFailed, ManagedPersonsCurrent },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task A_report_that_breaks_a_rule_is_refused_in_vietnamese_and_changes_nothing(string period, IndicatorInput[] values, string code, string field)
    {
        var historyBefore = await ChiengKhoang.GetHistoryAsync();
        var totalsBefore = await Grains.GetGrain<IUnitIndicatorsGrain>("14").GetValuesAsync("2023", []);

        var outcome = await ChiengKhoang.RecordReportAsync(ReferenceCaseLoader.DistrictCommittee("118"), new ReportInput(period, values));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Code == code && e.Field == field && e.Message.Length > 20);
        Assert.Equal(historyBefore, await ChiengKhoang.GetHistoryAsync());
        Assert.Equal(totalsBefore, await Grains.GetGrain<IUnitIndicatorsGrain>("14").GetValuesAsync("2023", []));
    }

    [Fact]
    public async Task A_stock_flow_break_is_accepted_only_with_an_override_and_a_note()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var values = new IndicatorInput[] { new(ManagedPersonsAdded, 2), new(ManagedPersonsReleased, 1), new(ManagedPersonsCurrent, 65) };

        var withoutNote = await ChiengKhoang.RecordReportAsync(district, new ReportInput("2023-11", values, OverrideStockFlow: true));
        var withNote = await ChiengKhoang.RecordReportAsync(district, new ReportInput("2023-11", values, OverrideStockFlow: true, Note: "2 người chuyển đến từ xã khác"));

        Assert.Contains(withoutNote.Errors, e => e.Field == "note");
        Assert.True(withNote.Succeeded);
        Assert.All(withNote.Value!.Changes, c => Assert.Equal("2 người chuyển đến từ xã khác", c.Note));
        Assert.Equal(65, (await ChiengKhoang.GetValuesAsync("2023-11", [ManagedPersonsCurrent])).Single().Value);
    }

    [Fact]
    public async Task A_district_committee_cannot_report_for_a_commune_of_another_district()
    {
        var outcome = await Grains.GetGrain<IUnitIndicatorsGrain>("03772").RecordReportAsync(
            ReferenceCaseLoader.DistrictCommittee("118"), new ReportInput("2023-11", [new(CriminalCases, 0)]));

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(outcome.Errors).Code);
        Assert.DoesNotContain(await Grains.GetGrain<IUnitIndicatorsGrain>("03772").GetHistoryAsync(), r => r.Period == "2023-11");
    }

    [Fact]
    public async Task Another_provinces_committee_is_told_the_commune_is_not_found_as_for_a_code_that_does_not_exist()
    {
        var laiChau = new ChuyenHoa.Contracts.Security.Caller("district-12-106", "Ban Chỉ đạo 138 huyện Mường Tè", [ChuyenHoa.Security.Roles.DistrictCommittee], "12", "106");

        var forChiengKhoang = await ChiengKhoang.RecordReportAsync(laiChau, new ReportInput("2023-11", [new(CriminalCases, 0)]));
        var forNoCommune = await Grains.GetGrain<IUnitIndicatorsGrain>("2025:99999").RecordReportAsync(laiChau, new ReportInput("2023-11", [new(CriminalCases, 0)]));

        Assert.All([Assert.Single(forChiengKhoang.Errors), Assert.Single(forNoCommune.Errors)], e =>
            Assert.Equal((ErrorCodes.NotFound, "communeCode", true), (e.Code, e.Field, e.Message.StartsWith("Không tìm thấy xã mã", StringComparison.Ordinal))));
        Assert.DoesNotContain(await ChiengKhoang.GetHistoryAsync(), r => r.ActorId == laiChau.UserId);
    }

    [Fact]
    public async Task Sending_the_same_report_twice_records_it_once()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var report = new ReportInput("2023-11", [new(CriminalCases, 1), new(SecurityCameras, 189)]);

        var first = await ChiengKhoang.RecordReportAsync(district, report);
        var second = await ChiengKhoang.RecordReportAsync(district, report);

        Assert.Equal(2, first.Value!.Changes.Count);
        Assert.Empty(second.Value!.Changes);
        Assert.Equal(first.Value.Version, second.Value.Version);
    }
}
