using System.Net;
using ChuyenHoa.Api.Health;
using ChuyenHoa.Contracts;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Storage;
using Orleans.Configuration;

namespace ChuyenHoa.Host.Hosting;

/// <summary>Composes one silo with the API: storage (embedded Azurite or a configured account), Orleans, health.</summary>
public static class ChuyenHoaHost
{
    /// <param name="args">Command-line arguments, as for any ASP.NET Core app (<c>--urls</c>, <c>--ChuyenHoa:DataPath</c>, ...).</param>
    /// <param name="configure">Lets tests add configuration before anything is read.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(ChuyenHoaOptions.Section).Get<ChuyenHoaOptions>() ?? new ChuyenHoaOptions();
        using var startupLogging = LoggerFactory.Create(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true));
        var logger = startupLogging.CreateLogger(typeof(ChuyenHoaHost));

        AzuriteProcess? azurite = null;
        var connectionString = options.Storage.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataPath = RepositoryPaths.ResolveDataPath(options);
            azurite = await StartEmbeddedAzuriteAsync(options, dataPath, logger, cancellationToken);
            connectionString = azurite.ConnectionString;
            builder.Services.AddHostedService(_ => new AzuriteLifetime(azurite));
        }

        try
        {
            var account = new StorageAccount(connectionString);
            await account.EnsureReachableAsync(options.Storage.StartupTimeout, cancellationToken);
            builder.Services.AddSingleton(account);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.UseOrleans(silo => ConfigureSilo(silo, options.Cluster, account));
            builder.Services.AddHealthChecks()
                .AddCheck<StorageHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag])
                .AddCheck<SiloHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag]);
            if (options.DemoData ?? azurite is not null)
            {
                builder.Services.AddHostedService<DemoTenantsSeeder>();
            }

            var app = builder.Build();
            app.MapHealthEndpoints();
            return app;
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    private static async Task<AzuriteProcess> StartEmbeddedAzuriteAsync(ChuyenHoaOptions options, string dataPath, ILogger logger, CancellationToken cancellationToken)
    {
        var launch = new AzuriteLaunch(
            RepositoryPaths.ResolveAzuriteDirectory(options),
            Path.Combine(dataPath, "azurite"),
            options.Azurite.BlobPort,
            options.Azurite.QueuePort,
            options.Azurite.TablePort);
        try
        {
            return await AzuriteProcess.StartAsync(launch, logger, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StartupException)
        {
            throw new StartupException($"Không khởi động được Azurite đi kèm (cổng {launch.BlobPort}-{launch.TablePort}, dữ liệu {launch.Location}): {e.Message}", e);
        }
    }

    private static void ConfigureSilo(ISiloBuilder silo, ClusterSettings cluster, StorageAccount account)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedIPAddress), cluster.SiloPort, cluster.GatewayPort);
        silo.UseAzureStorageClustering(o => o.TableServiceClient = account.Tables);
        silo.AddAzureTableGrainStorage(StorageNames.Units, o => o.TableServiceClient = account.Tables);
        silo.UseAzureTableReminderService(o => o.TableServiceClient = account.Tables);
    }
}
