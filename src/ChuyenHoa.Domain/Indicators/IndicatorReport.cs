using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>
/// A commune's accepted report for one month: indicator code → value. <paramref name="StockFlowOverridden"/>
/// says the reporter accepted a break of the managed-persons balance, explained in <paramref name="Note"/>.
/// </summary>
public sealed record IndicatorReport(
    Period Month,
    IReadOnlyDictionary<string, long> Values,
    bool StockFlowOverridden = false,
    string? Note = null);
