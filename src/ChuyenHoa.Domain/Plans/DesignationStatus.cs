namespace ChuyenHoa.Plans;

/// <summary>Where a designated commune stands in its plan year.</summary>
public enum DesignationStatus
{
    /// <summary>Named in the plan, being converted.</summary>
    Designated,

    /// <summary>The district has proposed its removal; the province has not decided.</summary>
    Proposed,

    /// <summary>The province approved its removal from the list.</summary>
    Removed,

    /// <summary>The year-end decision found it not converted: it continues on the next year's list.</summary>
    Continuing,
}
