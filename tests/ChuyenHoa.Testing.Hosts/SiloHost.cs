using ChuyenHoa.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChuyenHoa.Testing;

/// <summary>A real host of the platform (silo + API on Kestrel) started in this process for a test.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private SiloHost(WebApplication app)
    {
        App = app;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>How many silos this one sees as active members of its cluster.</summary>
    public int ActiveSilos => App.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);

    public static string NewClusterId() => $"test-{Guid.NewGuid():N}";

    /// <summary>
    /// Starts a silo on free ports. The ServiceId is the ClusterId, so each new cluster id starts from empty grain
    /// state even on a shared Azurite, and silos started with the same id share it. <paramref name="settings"/> adds or overrides keys.
    /// </summary>
    /// <param name="environment">The ASP.NET Core environment: Development (the development token issuer) unless a test asks for another.</param>
    /// <param name="logging">Logger providers a test adds to read what the host logs (none by default).</param>
    /// <param name="extension">What the host serves beyond the product (the benchmarks' bare endpoint).</param>
    public static async Task<SiloHost> StartAsync(
        string? connectionString, string clusterId, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development",
        ILoggerProvider? logging = null, IHostExtension? extension = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["ChuyenHoa:Storage:ConnectionString"] = connectionString,
            ["ChuyenHoa:Cluster:ClusterId"] = clusterId,
            ["ChuyenHoa:Cluster:ServiceId"] = clusterId,
            ["ChuyenHoa:Cluster:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChuyenHoa:Cluster:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChuyenHoa:DemoData"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = await ChuyenHoaHost.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", environment],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(configuration);
                builder.Logging.ClearProviders();
                if (logging is not null)
                {
                    builder.Logging.AddProvider(logging);
                }
            },
            extension);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new SiloHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        // Bounded, so a test that has cut the storage off does not wait for a graceful leave that cannot succeed.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await App.StopAsync(timeout.Token);
        await App.DisposeAsync();
    }
}
