namespace ChuyenHoa.Plans;

/// <summary>How a removal criterion is judged. Stored plans hold these values: new kinds go at the end.</summary>
public enum RemovalCriterionKind
{
    /// <summary>The value is at least the threshold (e.g. at least 150 security cameras).</summary>
    AtLeast,

    /// <summary>The value is at most the threshold.</summary>
    AtMost,

    /// <summary>The value is below the same span of the previous year by at least the threshold, a fraction (0.3 = 30%).</summary>
    ReductionFromPreviousYearAtLeast,

    /// <summary>The value divided by a second indicator's (the denominator) is at least the threshold, a fraction (cases cleared ≥ 0.8 of cases).</summary>
    RatioAtLeast,

    /// <summary>The value divided by a second indicator's is at most the threshold, a fraction.</summary>
    RatioAtMost,

    /// <summary>The value divided by the population of the same period is at least the threshold, a fraction (0.005 = 0.5%).</summary>
    PerPopulationAtLeast,

    /// <summary>The value divided by the population of the same period is at most the threshold, a fraction (drug users ≤ 0.005).</summary>
    PerPopulationAtMost,

    /// <summary>A fact the proposal attests, not a figure (no organised criminal gang): met when the proposal says it holds.</summary>
    Attested,

    /// <summary>A group: met when at least the threshold (a whole number) of its member criteria are met.</summary>
    AtLeastOf,
}
