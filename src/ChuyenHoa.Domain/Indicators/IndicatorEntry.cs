namespace ChuyenHoa.Indicators;

/// <summary>One value as a person typed it; checked by <see cref="IndicatorReportValidator"/>.</summary>
public sealed record IndicatorEntry(string Indicator, double Value);
