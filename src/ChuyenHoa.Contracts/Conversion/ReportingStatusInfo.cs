using ChuyenHoa.Reporting;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>Where the expected monthly reports of a unit's designated communes stand for the months of a period.</summary>
/// <param name="UnitCode">The province, district or commune asked about.</param>
/// <param name="Period">The period asked about: a month, quarter or year.</param>
/// <param name="Schedule">The schedule the states were worked out with.</param>
/// <param name="AsOf">The time the states hold at (UTC).</param>
/// <param name="Months">The months of the period, in calendar order.</param>
/// <param name="Communes">One row per designated commune the caller may read that owes a report of the period, by name.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportingStatusInfo")]
public sealed record ReportingStatusInfo(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] string Period,
    [property: Id(2)] ReportingScheduleInfo Schedule,
    [property: Id(3)] DateTimeOffset AsOf,
    [property: Id(4)] IReadOnlyList<string> Months,
    [property: Id(5)] IReadOnlyList<ReportingRowInfo> Communes)
{
    /// <summary>Completeness and timeliness over every cell of every row.</summary>
    public ReportingFigures Figures => ReportingFigures.Of(Communes.SelectMany(c => c.Cells).Select(c => c.State));
}

/// <summary>One commune's expected reports of the period.</summary>
/// <param name="CommuneCode">The commune's GSO code.</param>
/// <param name="EditionId">The edition of the code.</param>
/// <param name="CommuneName">The commune's full name.</param>
/// <param name="DistrictCode">Its district in the three-level structure; null in the two-level one.</param>
/// <param name="Cells">The months it owes a report for, in calendar order (a month it owes none has no cell).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportingRowInfo")]
public sealed record ReportingRowInfo(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string EditionId,
    [property: Id(2)] string CommuneName,
    [property: Id(3)] string? DistrictCode,
    [property: Id(4)] IReadOnlyList<ReportingCellInfo> Cells);

/// <summary>One expected monthly report.</summary>
/// <param name="Month">The month, <c>2026-11</c>.</param>
/// <param name="State">Where it stands.</param>
/// <param name="DueDate">The day it is due, <c>yyyy-MM-dd</c> (it ends at midnight Vietnam time).</param>
/// <param name="ReceivedAt">When it first arrived; null while it has not.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportingCellInfo")]
public sealed record ReportingCellInfo(
    [property: Id(0)] string Month,
    [property: Id(1)] ReportState State,
    [property: Id(2)] string DueDate,
    [property: Id(3)] DateTimeOffset? ReceivedAt);
