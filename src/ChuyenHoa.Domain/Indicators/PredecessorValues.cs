using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>One indicator's monthly values of a predecessor unit, with the coverage of its part in the new unit.</summary>
public sealed record PredecessorValues(UnitLink Predecessor, IReadOnlyDictionary<Period, long> MonthlyValues);
