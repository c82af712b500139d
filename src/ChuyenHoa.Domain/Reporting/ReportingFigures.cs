namespace ChuyenHoa.Reporting;

/// <summary>
/// Completeness and timeliness of a set of expected reports (tỷ lệ đầy đủ, tỷ lệ đúng hạn). A report counts as expected once
/// its due day has ended, or earlier when it has already arrived: a report in hand is never left out, and one not yet due is
/// not yet missing. Completeness is the share of expected reports received, timeliness the share received on time; both are
/// null when nothing is expected yet.
/// </summary>
public sealed record ReportingFigures(int Expected, int Received, int ReceivedOnTime, int Overdue)
{
    public double? Completeness => Expected == 0 ? null : (double)Received / Expected;

    public double? Timeliness => Expected == 0 ? null : (double)ReceivedOnTime / Expected;

    public static ReportingFigures Of(IEnumerable<ReportState> states)
    {
        var counts = states.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var onTime = counts.GetValueOrDefault(ReportState.OnTime);
        var late = counts.GetValueOrDefault(ReportState.Late);
        var overdue = counts.GetValueOrDefault(ReportState.Overdue);
        return new ReportingFigures(onTime + late + overdue, onTime + late, onTime, overdue);
    }
}
