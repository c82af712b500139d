namespace ChuyenHoa.Plans;

/// <summary>A conversion plan as a province enters it; <see cref="ConversionPlanRules.Create"/> checks it.</summary>
public sealed record ConversionPlanDraft(
    string ProvinceCode,
    int Year,
    string DecisionNumber,
    string DecisionDate,
    IReadOnlyList<string> CommuneCodes,
    IReadOnlyList<RemovalCriterionDraft> RemovalCriteria);
