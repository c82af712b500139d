namespace ChuyenHoa.Plans;

/// <summary>Whether the province has confirmed a designation carried over to a successor (see <see cref="CarriedDesignation"/>).</summary>
public enum CarryOverConfirmation
{
    /// <summary>Not carried over, or carried over whole: nothing to confirm.</summary>
    NotNeeded,

    /// <summary>Carried over from part of a designated commune; the province has not said whether it stands.</summary>
    Pending,

    /// <summary>The province keeps the successor designated.</summary>
    Confirmed,

    /// <summary>The province does not keep the successor designated.</summary>
    Declined,
}
