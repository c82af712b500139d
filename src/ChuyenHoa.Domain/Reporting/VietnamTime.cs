namespace ChuyenHoa.Reporting;

/// <summary>
/// Days as the committees count them: Vietnam keeps UTC+7 all year (no daylight saving), so a day ends at midnight there,
/// 17:00 UTC. Deadlines are days, so every comparison of a time with a deadline goes through here.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The day it is in Vietnam at <paramref name="at"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>The instant <paramref name="day"/> ends in Vietnam: midnight at its close, the first instant that is no longer that day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);
}
