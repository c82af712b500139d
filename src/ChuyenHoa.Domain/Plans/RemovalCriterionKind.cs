namespace ChuyenHoa.Plans;

public enum RemovalCriterionKind
{
    /// <summary>The value is at least the threshold (e.g. at least 150 security cameras).</summary>
    AtLeast,

    /// <summary>The value is at most the threshold.</summary>
    AtMost,

    /// <summary>The value is below the same span of the previous year by at least the threshold, a fraction (0.3 = 30%).</summary>
    ReductionFromPreviousYearAtLeast,
}
