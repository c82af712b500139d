using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Conversion;

public sealed class ReportKeyTests : ReferenceCaseCluster
{
    private IUnitIndicatorsGrain ChiengKhoang => Grains.GetGrain<IUnitIndicatorsGrain>("03718");

    [Fact]
    public async Task A_report_retried_with_its_key_gets_its_first_answer_and_leaves_a_colleagues_later_correction()
    {
        var quynhNhai = ReferenceCaseLoader.DistrictCommittee("118");
        var colleague = quynhNhai with { UserId = "quynh-nhai-2" };

        var first = await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(190), "bao-cao-thang-11");
        var correction = await ChiengKhoang.RecordReportAsync(colleague, Cameras(195) with { Note = "Đếm lại camera" }, "bao-cao-thang-11");
        var retry = await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(190), "bao-cao-thang-11");

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.Message)));
        Assert.Equal((190L, quynhNhai.UserId), (Assert.Single(first.Value!.Changes).NewValue, first.Value.Changes[0].ActorId));
        Assert.Equal((195L, colleague.UserId), (Assert.Single(correction.Value!.Changes).NewValue, correction.Value.Changes[0].ActorId));
        Assert.Equal(first.Value.Version, retry.Value!.Version);
        Assert.Equal(first.Value.Changes, retry.Value.Changes);
        Assert.Equal(195, (await ChiengKhoang.GetValuesAsync("2023-11", [SecurityCameras]))[0].Value);
    }

    [Fact]
    public async Task A_correction_without_a_note_is_refused_under_the_note_and_keeps_the_reported_value()
    {
        var quynhNhai = ReferenceCaseLoader.DistrictCommittee("118");
        await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(190));

        var correction = await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(195) with { Note = "  " });
        var sameAgain = await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(190));

        Assert.Equal((ErrorCodes.ValidationFailed, "note"), (Assert.Single(correction.Errors).Code, correction.Errors[0].Field));
        Assert.Contains("Số camera an ninh", correction.Errors[0].Message);
        Assert.True(sameAgain.Succeeded);
        Assert.Equal(190, (await ChiengKhoang.GetValuesAsync("2023-11", [SecurityCameras]))[0].Value);
    }

    [Fact]
    public async Task A_key_is_scoped_to_the_month_so_reusing_it_for_another_month_records_that_month()
    {
        var quynhNhai = ReferenceCaseLoader.DistrictCommittee("118");
        await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(190), "bao-cao");

        var december = await ChiengKhoang.RecordReportAsync(quynhNhai, Cameras(191) with { Period = "2023-12" }, "bao-cao");

        Assert.Equal(("2023-12", 191L), (december.Value!.Period, Assert.Single(december.Value.Changes).NewValue));
        Assert.Equal(191, (await ChiengKhoang.GetValuesAsync("2023-12", [SecurityCameras]))[0].Value);
    }

    [Fact]
    public async Task A_direct_call_with_a_key_longer_than_100_characters_is_refused_and_records_nothing()
    {
        var outcome = await ChiengKhoang.RecordReportAsync(ReferenceCaseLoader.DistrictCommittee("118"), Cameras(190), new string('k', 101));

        Assert.Equal((ErrorCodes.ValidationFailed, "clientMutationId"), (Assert.Single(outcome.Errors).Code, outcome.Errors[0].Field));
        Assert.Null((await ChiengKhoang.GetValuesAsync("2023-11", [SecurityCameras]))[0].Value);
    }

    [Fact]
    public async Task A_direct_call_with_a_bidi_character_in_the_note_is_refused_and_records_nothing()
    {
        var outcome = await ChiengKhoang.RecordReportAsync(ReferenceCaseLoader.DistrictCommittee("118"), Cameras(190) with { Note = "Ghi chú\u202E" });

        Assert.Equal((ErrorCodes.ValidationFailed, "note"), (Assert.Single(outcome.Errors).Code, outcome.Errors[0].Field));
        Assert.Null((await ChiengKhoang.GetValuesAsync("2023-11", [SecurityCameras]))[0].Value);
    }

    // Chiềng Khoang has 189 cameras after 2023-10 and no report of November.
    private static ReportInput Cameras(long count) => new("2023-11", [new(SecurityCameras, count)]);
}
