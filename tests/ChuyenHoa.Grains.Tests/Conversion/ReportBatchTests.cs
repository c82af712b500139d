using ChuyenHoa.Contracts.Conversion;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Conversion;

// The refusals change nothing and the one accepted batch is measured against what was there before it, so they share the collection's cluster.
[Collection(ReferenceCaseCollection.Name)]
public sealed class ReportBatchTests(SharedReferenceCase shared) : ReferenceCaseCluster(shared)
{
    // Chiềng Khoang manages 62 persons after 2023-10 and, before this class's batch, has no report of December; a November
    // that another class of the collection reported differs from this one in every value, so each is a change (a
    // correction, hence the note).
    private static readonly ReportInput November = new("2023-11", [new(ManagedPersonsAdded, 1), new(ManagedPersonsReleased, 2), new(ManagedPersonsCurrent, 61), new(SecurityCameras, 190)], Note: "Số liệu tháng 11 đếm lại");

    private IUnitIndicatorsGrain ChiengKhoang => Grains.GetGrain<IUnitIndicatorsGrain>("03718");

    public static TheoryData<ReportInput[], string> BadBatches => new()
    {
        // December's balance must build on November of the same batch: 61 + 0 − 1 is 60, not 65.
        { [November, new("2023-12", [new(ManagedPersonsAdded, 0), new(ManagedPersonsReleased, 1), new(ManagedPersonsCurrent, 65)])], $"reports[1].{ManagedPersonsCurrent}" },
        { [November, November with { Values = [new(CriminalCases, 1)] }], "reports[1].period" },
        { [], "reports" },
    };

    [Fact]
    public async Task A_batch_of_months_is_checked_month_after_month_and_recorded_as_one_change_that_rolls_up()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var provinceBefore = await CurrentAsync("14", "2023-12");
        var historyBefore = await ChiengKhoang.GetHistoryAsync();

        var outcome = await ChiengKhoang.RecordReportsAsync(district, [
            new("2023-12", [new(ManagedPersonsAdded, 0), new(ManagedPersonsReleased, 1), new(ManagedPersonsCurrent, 60)], Note: "Tháng cuối năm"),
            November,
        ]);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        Assert.Equal(new[] { "2023-11", "2023-12" }, outcome.Value!.Select(r => r.Period));
        var version = Assert.Single(outcome.Value!.Select(r => r.Version).Distinct());
        var history = await ChiengKhoang.GetHistoryAsync();
        Assert.Equal(historyBefore.Count + 7, history.Count);
        Assert.Contains(history, r => r.Version == version && r.Period == "2023-12" && r.Indicator == ManagedPersonsCurrent && r.NewValue == 60 && r.Note == "Tháng cuối năm");
        Assert.Equal((provinceBefore ?? 0) + 60, await CurrentAsync("14", "2023-12"));
        Assert.Equal(60, await CurrentAsync("118", "2023-12"));
    }

    [Theory]
    [MemberData(nameof(BadBatches))]
    public async Task A_batch_with_one_bad_report_is_refused_whole_naming_the_report_and_changes_nothing(ReportInput[] reports, string field)
    {
        var historyBefore = await ChiengKhoang.GetHistoryAsync();
        var totalsBefore = await Grains.GetGrain<IUnitIndicatorsGrain>("14").GetValuesAsync("2023", []);

        var outcome = await ChiengKhoang.RecordReportsAsync(ReferenceCaseLoader.DistrictCommittee("118"), reports);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Field == field && e.Message.Length > 20);
        Assert.Equal(historyBefore, await ChiengKhoang.GetHistoryAsync());
        Assert.Equal(totalsBefore, await Grains.GetGrain<IUnitIndicatorsGrain>("14").GetValuesAsync("2023", []));
    }

    [Fact]
    public async Task Another_districts_committee_may_not_send_a_batch()
    {
        var historyBefore = await ChiengKhoang.GetHistoryAsync();

        var outcome = await ChiengKhoang.RecordReportsAsync(ReferenceCaseLoader.DistrictCommittee("116"), [November]);

        Assert.Equal("FORBIDDEN", Assert.Single(outcome.Errors).Code);
        Assert.Equal(historyBefore, await ChiengKhoang.GetHistoryAsync());
    }

    [Fact]
    public async Task A_dry_run_answers_each_months_changes_or_errors_in_the_batchs_order_and_writes_nothing()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var historyBefore = await ChiengKhoang.GetHistoryAsync();
        var stored = (await ChiengKhoang.GetMonthlyValuesAsync()).Single(v => v.Month == "2023-10" && v.Indicator == SecurityCameras).Value;

        var outcome = await ChiengKhoang.PreviewReportsAsync(district, [
            new("2023-10", [new(SecurityCameras, stored + 1)], Note: "Đếm lại"),
            new("2023-09", [new(CriminalCases, -1)]),
            new("2023-10", [new(CriminalCases, 1)]),
        ]);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        var (october, september, twice) = (outcome.Value![0], outcome.Value[1], outcome.Value[2]);
        Assert.Equal([new ValueDelta("2023-10", SecurityCameras, stored, stored + 1)], october.Changes);
        Assert.Empty(october.Errors);
        Assert.Equal(CriminalCases, Assert.Single(september.Errors).Field);
        Assert.Equal("period", Assert.Single(twice.Errors).Field);
        Assert.Equal(historyBefore, await ChiengKhoang.GetHistoryAsync());
        Assert.Equal("FORBIDDEN", Assert.Single((await ChiengKhoang.PreviewReportsAsync(ReferenceCaseLoader.DistrictCommittee("116"), [November])).Errors).Code);
    }

    private async Task<long?> CurrentAsync(string unit, string period) =>
        (await Grains.GetGrain<IUnitIndicatorsGrain>(unit).GetValuesAsync(period, [ManagedPersonsCurrent])).Single().Value;
}
