namespace ChuyenHoa.Indicators;

public enum IndicatorKind
{
    /// <summary>A level at a point in time (persons under management, cameras installed).</summary>
    Stock,

    /// <summary>A count of events within a period (persons added, criminal cases).</summary>
    Flow,
}
