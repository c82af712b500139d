namespace ChuyenHoa.Reporting;

/// <summary>Where one expected monthly report of one commune stands.</summary>
public enum ReportState
{
    /// <summary>Not received, and its due day has not ended.</summary>
    NotYetDue,

    /// <summary>First received before its due day ended.</summary>
    OnTime,

    /// <summary>First received after its due day ended.</summary>
    Late,

    /// <summary>Not received, and its due day has ended: missing, to be chased.</summary>
    Overdue,
}
