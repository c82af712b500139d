namespace ChuyenHoa.AdministrativeUnits;

/// <summary>How much of an old unit went into a new one across a change of edition (the GSO mapping's <c>coverage</c>).</summary>
public enum UnitCoverage
{
    /// <summary>The whole old unit went into the new one.</summary>
    Full,

    /// <summary>Only part of the old unit went into the new one; the rest went elsewhere.</summary>
    Partial,
}
