namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One indicator of one unit for one period, with the same period of the previous year.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.IndicatorValueInfo")]
public sealed record IndicatorValueInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] string Period,
    [property: Id(2)] long? Value,
    [property: Id(3)] long? PreviousYearValue,
    [property: Id(4)] double? ChangeFromPreviousYear);

/// <summary>A value as a district typed it into a report.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.IndicatorInput")]
public sealed record IndicatorInput([property: Id(0)] string Indicator, [property: Id(1)] double Value);

/// <summary>A commune's monthly report as submitted.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportInput")]
public sealed record ReportInput(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<IndicatorInput> Values,
    [property: Id(2)] bool OverrideStockFlow = false,
    [property: Id(3)] string? Note = null);

/// <summary>One change of one value by an accepted report: kept for good in the commune's history.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportRevision")]
public sealed record ReportRevision(
    [property: Id(0)] long Version,
    [property: Id(1)] string Period,
    [property: Id(2)] string Indicator,
    [property: Id(3)] long? OldValue,
    [property: Id(4)] long NewValue,
    [property: Id(5)] string ActorId,
    [property: Id(6)] string ActorName,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string? Note);

/// <summary>What an accepted report changed.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportReceipt")]
public sealed record ReportReceipt(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string Period,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<ReportRevision> Changes);

/// <summary>
/// A unit's monthly values changed: sent from a child to its parent. <see cref="Version"/> counts the child's
/// changes from 1 without gaps, so the parent applies each exactly once, whatever is retried.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.UnitChange")]
public sealed record UnitChange(
    [property: Id(0)] string ChildCode,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<ValueDelta> Deltas);

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ValueDelta")]
public sealed record ValueDelta(
    [property: Id(0)] string Month,
    [property: Id(1)] string Indicator,
    [property: Id(2)] long? OldValue,
    [property: Id(3)] long NewValue);
