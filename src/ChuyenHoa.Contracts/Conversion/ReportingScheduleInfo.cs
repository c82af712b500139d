using ChuyenHoa.Reporting;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A province's reporting schedule.</summary>
/// <param name="ProvinceCode">The province's 2-digit GSO code.</param>
/// <param name="DueDay">The day (1–28) by which a month's report is due, the first such day after the month's statistics close.</param>
/// <param name="PoliceMonth">Whether a month's statistics run from the 15th of the month before to the 14th (the police's statistical month).</param>
/// <param name="IsDefault">True while the province has not set its own (the 5th of the next month, calendar months).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportingScheduleInfo")]
public sealed record ReportingScheduleInfo(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] int DueDay,
    [property: Id(2)] bool PoliceMonth,
    [property: Id(3)] bool IsDefault)
{
    /// <summary>The schedule as the domain's rules take it.</summary>
    public ReportingSchedule ToSchedule() => new(DueDay, PoliceMonth);
}
