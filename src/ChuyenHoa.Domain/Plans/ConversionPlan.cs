namespace ChuyenHoa.Plans;

/// <summary>
/// A province's plan for a year (kế hoạch chuyển hóa), issued by a numbered decision, naming the
/// key, complex communes and the criteria for removing one from the list.
/// </summary>
public sealed record ConversionPlan(
    string ProvinceCode,
    int Year,
    string DecisionNumber,
    DateOnly DecisionDate,
    IReadOnlyList<string> CommuneCodes,
    IReadOnlyList<RemovalCriterion> RemovalCriteria);
