using ChuyenHoa.Host.Configuration;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// The Azure membership table, with a bound on how long a stopping silo waits for it. Orleans records a departure
/// (ShuttingDown, Stopping, Dead) by retrying the table for up to <c>MaxJoinAttemptTime</c> (5 minutes) per step, and
/// gives the last step a fixed minute, so a silo cut off from storage took about two minutes to stop. Once the silo
/// has been stopping for <see cref="ClusterSettings.LeaveTimeout"/>, this table stops calling storage: the writes of
/// the silo's own departure count as done and reads answer the last table read, the same policy Orleans applies to
/// its in-cluster membership table (one quick attempt, then carry on). The row stays as it was; the other silos learn
/// of the departure from this silo's gossip, or else by their probes, as after a crash.
/// </summary>
internal sealed class BoundedLeaveMembershipTable(
    IMembershipTable inner, IHostApplicationLifetime lifetime, TimeSpan leaveTimeout, TimeProvider time, ILogger<BoundedLeaveMembershipTable> logger)
    : IMembershipTable
{
    private MembershipTableData? _lastRead;
    private long _stoppingSince = -1;
    private int _gaveUp;

    /// <summary>Puts the bound around the table that Orleans' Azure clustering registered.</summary>
    public static void Decorate(IServiceCollection services, TimeSpan leaveTimeout)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IMembershipTable));
        services.Remove(registered);
        services.AddSingleton<IMembershipTable>(provider => new BoundedLeaveMembershipTable(
            registered.ImplementationFactory?.Invoke(provider) as IMembershipTable
                ?? registered.ImplementationInstance as IMembershipTable
                ?? (IMembershipTable)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
            provider.GetRequiredService<IHostApplicationLifetime>(),
            leaveTimeout,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BoundedLeaveMembershipTable>>()));
    }

    public Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken cancellationToken) =>
        inner.InitializeMembershipTableAsync(tryInitTableVersion, cancellationToken);

    public Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken cancellationToken) =>
        inner.DeleteMembershipTableEntriesAsync(clusterId, cancellationToken);

    public Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken) =>
        BoundedAsync(async () => { await inner.CleanupDefunctSiloEntriesAsync(beforeDate, cancellationToken); return true; }, true);

    public Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken cancellationToken) =>
        _lastRead is { } last ? BoundedAsync(() => inner.ReadRowAsync(key, cancellationToken), last) : inner.ReadRowAsync(key, cancellationToken);

    public async Task<MembershipTableData> ReadAllAsync(CancellationToken cancellationToken)
    {
        var table = _lastRead is { } last
            ? await BoundedAsync(() => inner.ReadAllAsync(cancellationToken), last)
            : await inner.ReadAllAsync(cancellationToken);
        _lastRead = table;
        return table;
    }

    public Task<bool> InsertRowAsync(MembershipEntry entry, TableVersion tableVersion, CancellationToken cancellationToken) =>
        BoundedAsync(() => inner.InsertRowAsync(entry, tableVersion, cancellationToken), true);

    public Task<bool> UpdateRowAsync(MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken cancellationToken) =>
        BoundedAsync(() => inner.UpdateRowAsync(entry, etag, tableVersion, cancellationToken), true);

    public Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken) =>
        BoundedAsync(async () => { await inner.UpdateIAmAliveAsync(entry, cancellationToken); return true; }, true);

    // The interface's older members, which Orleans marks obsolete, go the same way.
    public Task InitializeMembershipTable(bool tryInitTableVersion) => InitializeMembershipTableAsync(tryInitTableVersion, CancellationToken.None);

    public Task DeleteMembershipTableEntries(string clusterId) => DeleteMembershipTableEntriesAsync(clusterId, CancellationToken.None);

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => CleanupDefunctSiloEntriesAsync(beforeDate, CancellationToken.None);

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadRowAsync(key, CancellationToken.None);

    public Task<MembershipTableData> ReadAll() => ReadAllAsync(CancellationToken.None);

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => InsertRowAsync(entry, tableVersion, CancellationToken.None);

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => UpdateRowAsync(entry, etag, tableVersion, CancellationToken.None);

    public Task UpdateIAmAlive(MembershipEntry entry) => UpdateIAmAliveAsync(entry, CancellationToken.None);

    /// <summary>The call itself while the silo runs; once it stops, the call within what is left of the leave timeout, else <paramref name="givenUp"/>.</summary>
    private async Task<T> BoundedAsync<T>(Func<Task<T>> call, T givenUp)
    {
        if (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return await call();
        }

        // The clock starts at the first table call after stopping began, close enough to the stop itself.
        Interlocked.CompareExchange(ref _stoppingSince, time.GetTimestamp(), -1);
        var left = leaveTimeout - time.GetElapsedTime(Interlocked.Read(ref _stoppingSince));
        if (left > TimeSpan.Zero)
        {
            try
            {
                // A call that hangs (a cut-off network) is abandoned at the deadline rather than waited for.
                return await call().WaitAsync(left, time);
            }
            catch (TimeoutException)
            {
            }
        }

        if (Interlocked.Exchange(ref _gaveUp, 1) == 0)
        {
            logger.LogWarning(
                "The silo could not record its departure in the membership table within {LeaveTimeout}; it stops without it (storage unreachable?). Other silos learn of it by gossip or by probes.",
                leaveTimeout);
        }

        return givenUp;
    }
}
