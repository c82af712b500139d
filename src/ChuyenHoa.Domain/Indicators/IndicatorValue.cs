using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>
/// One indicator of one unit over a period, beside the same span a year earlier; null where no
/// month of the span was reported.
/// </summary>
public sealed record IndicatorValue(string Indicator, Period Period, long? Value, long? PreviousYearValue)
{
    /// <summary>The months the value covers when they are not one whole period (a monitoring window), in Vietnamese; null otherwise.</summary>
    public string? SpanText { get; init; }

    /// <summary>The span the value covers, as explanations name it: "2023", or "các tháng 2024-02 đến 2024-06".</summary>
    public string Span => SpanText ?? Period.ToString();

    /// <summary>A fraction: −0.75 means 75% below the previous year.</summary>
    public double? ChangeFromPreviousYear => IndicatorAggregation.ChangeFromPreviousYear(Value, PreviousYearValue);
}
