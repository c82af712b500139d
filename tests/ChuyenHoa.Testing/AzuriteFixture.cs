using Xunit;
using ChuyenHoa.DevelopmentStorage;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChuyenHoa.Testing;

/// <summary>A real Azurite, in memory, on free ports, for the lifetime of a test collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public string ConnectionString => Azurite.ConnectionString;

    public static string PackageDirectory =>
        Path.Combine(RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests from inside the repository."), "infra", "azurite");

    private static readonly Lazy<Task<AzuriteProcess>> Shared = new(StartSharedAsync);

    /// <summary>
    /// The Azurite of this test process, for fixtures that only need a store: each host keeps its grain state apart under
    /// a cluster id of its own, so one Azurite serves every class instead of one started per class. Started on first use,
    /// killed when the process exits (it keeps nothing on disk).
    /// </summary>
    public static async Task<string> SharedConnectionStringAsync() => (await Shared.Value).ConnectionString;

    private static async Task<AzuriteProcess> StartSharedAsync()
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteLaunch(PackageDirectory, Location: null), NullLogger.Instance);
        var processId = azurite.ProcessId;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(processId);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        };
        return azurite;
    }

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(new AzuriteLaunch(PackageDirectory, Location: null), NullLogger.Instance);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
