namespace ChuyenHoa.Grains.Conversion;

/// <summary>
/// Where the revisions of a commune's reports are kept apart from the grain's state (blobs beside it, in the host), so
/// that a report rewrites only the values and not the whole history. Read only by the history queries and a keyed retry.
/// </summary>
public interface IReportHistoryLog
{
    /// <summary>Adds revisions of a unit; idempotent: a revision appended again (same version, month and indicator) replaces itself.</summary>
    Task AppendAsync(string unitKey, IReadOnlyList<StoredRevision> revisions, CancellationToken cancellationToken = default);

    /// <summary>The unit's revisions, oldest first; those of one version only when <paramref name="version"/> is given.</summary>
    Task<IReadOnlyList<StoredRevision>> ReadAsync(string unitKey, long? version = null, CancellationToken cancellationToken = default);
}
