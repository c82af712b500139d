namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A removed commune under monitoring: its window and how its figures stand against the plan's criteria so far.</summary>
/// <param name="CommuneCode">The commune, in the plan's edition.</param>
/// <param name="From">The day it was removed, <c>yyyy-MM-dd</c>.</param>
/// <param name="Until">The first day no longer monitored.</param>
/// <param name="Active">Whether today is within the window.</param>
/// <param name="MonthsReported">The months of the window reported so far.</param>
/// <param name="Breached">Whether a criterion evaluated on reported figures is not met: the province should look, and may designate it again.</param>
/// <param name="Criteria">The criteria evaluated on the window's months against the same months a year earlier.</param>
/// <param name="DesignatedAgain">Whether the province has designated it again.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.MonitoringInfo")]
public sealed record MonitoringInfo(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string From,
    [property: Id(2)] string Until,
    [property: Id(3)] bool Active,
    [property: Id(4)] IReadOnlyList<string> MonthsReported,
    [property: Id(5)] bool Breached,
    [property: Id(6)] IReadOnlyList<CriterionResultInfo> Criteria,
    [property: Id(7)] bool DesignatedAgain);
