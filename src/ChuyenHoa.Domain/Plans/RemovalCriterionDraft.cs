namespace ChuyenHoa.Plans;

/// <summary>
/// A removal criterion as a province enters it; <see cref="ConversionPlanRules"/> checks it. Which of the fields a kind takes:
/// see <see cref="RemovalCriterion"/>; the others are left null (blank and empty count as left out).
/// </summary>
public sealed record RemovalCriterionDraft(string? Indicator, RemovalCriterionKind Kind, decimal Threshold)
{
    /// <summary>The indicator a ratio divides by.</summary>
    public string? Denominator { get; init; }

    /// <summary>The code of an attested fact.</summary>
    public string? Fact { get; init; }

    /// <summary>The attested fact in words.</summary>
    public string? Statement { get; init; }

    /// <summary>The criteria of a group.</summary>
    public IReadOnlyList<RemovalCriterionDraft>? Members { get; init; }
}
