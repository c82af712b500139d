namespace ChuyenHoa.Plans;

/// <summary>A removal criterion as a province enters it; <see cref="ConversionPlanRules"/> checks it.</summary>
public sealed record RemovalCriterionDraft(string Indicator, RemovalCriterionKind Kind, decimal Threshold);
