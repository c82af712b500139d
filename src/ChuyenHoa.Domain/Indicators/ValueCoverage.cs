namespace ChuyenHoa.Indicators;

/// <summary>Where a unit's value comes from, across a change of edition.</summary>
public enum ValueCoverage
{
    /// <summary>From the unit's own reports.</summary>
    Reported,

    /// <summary>Built from the values of predecessors that each went whole into the unit.</summary>
    Derived,

    /// <summary>
    /// A predecessor with a value went only in part into the unit: its value cannot be shared out, so no value is given
    /// (see <see cref="ContinuousValue.Contributions"/> for the parts).
    /// </summary>
    Partial,
}
