using System.Net;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.Benchmarks;
using ChuyenHoa.Api.Diagnostics;
using ChuyenHoa.Api.Exports;
using ChuyenHoa.Api.GraphQL;
using ChuyenHoa.Api.Health;
using ChuyenHoa.Api.Resilience;
using ChuyenHoa.Api.Web;
using ChuyenHoa.Contracts;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Grains.Diagnostics;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Storage;
using ChuyenHoa.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;

namespace ChuyenHoa.Host.Hosting;

/// <summary>Composes one silo with the API: storage (embedded Azurite or a configured account), Orleans, health.</summary>
public static class ChuyenHoaHost
{
    /// <summary>Where the Orleans dashboard is served.</summary>
    public const string DashboardPath = "/admin/orleans";

    /// <summary>Binds to Orleans' <see cref="ClusterMembershipOptions"/> by property name (ProbeTimeout, NumMissedProbesLimit, ...).</summary>
    public const string MembershipSection = "ChuyenHoa:Cluster:Membership";

    /// <param name="args">Command-line arguments, as for any ASP.NET Core app (<c>--urls</c>, <c>--ChuyenHoa:DataPath</c>, ...).</param>
    /// <param name="configure">Lets tests add configuration before anything is read.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(ChuyenHoaOptions.Section).Get<ChuyenHoaOptions>() ?? new ChuyenHoaOptions();
        // Before any storage client exists: the Azure SDK decides once whether it creates activities.
        builder.AddChuyenHoaTelemetry(options.Cluster.ClusterId);
        using var startupLogging = LoggerFactory.Create(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true));
        var logger = startupLogging.CreateLogger(typeof(ChuyenHoaHost));

        if (options.Storage.Validate(builder.Environment.IsDevelopment()) is [_, ..] storageErrors)
        {
            throw new StartupException(string.Join(' ', storageErrors));
        }

        var pod = KubernetesPod.FromEnvironment(Environment.GetEnvironmentVariable);
        if (pod is not null)
        {
            // The pod's labels name the cluster, for Orleans' Kubernetes hosting and for our blob container alike.
            options.Cluster.ClusterId = pod.ClusterId ?? options.Cluster.ClusterId;
            options.Cluster.ServiceId = pod.ServiceId ?? options.Cluster.ServiceId;
        }

        AzuriteProcess? azurite = null;
        if (!options.Storage.IsConfigured)
        {
            var dataPath = RepositoryPaths.ResolveDataPath(options);
            azurite = await StartEmbeddedAzuriteAsync(options, dataPath, logger, cancellationToken);
            builder.Services.AddHostedService(_ => new AzuriteLifetime(azurite));
        }

        try
        {
            var account = azurite is not null ? StorageAccount.FromConnectionString(azurite.ConnectionString) : StorageAccount.FromOptions(options.Storage);
            await account.EnsureReachableAsync(options.Storage.StartupTimeout, cancellationToken);
            builder.Services.AddSingleton(account);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddSingleton<IEvidenceStore, BlobEvidenceStore>();
            builder.Services.AddSingleton<IStorageFailureDetector, AzureStorageFailureDetector>();
            builder.UseOrleans(silo => ConfigureSilo(silo, options.Cluster, builder.Configuration.GetSection(MembershipSection), account, pod));
            // Grain state in Orleans' own binary format: version-tolerant through [Id] and [Alias], unlike
            // the default JSON, which records CLR type names that a refactoring (or a collection expression) changes.
            builder.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
            builder.Services.AddHealthChecks()
                .AddCheck<StorageHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag])
                .AddCheck<SiloHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag]);
            builder.Services.AddChuyenHoaGraphQL(builder.Configuration);
            if (options.DemoData ?? azurite is not null)
            {
                builder.Services.AddHostedService<DemoTenantsSeeder>();
            }

            builder.AddChuyenHoaAuthentication(RepositoryPaths.ResolveDataPath(options));
            var app = builder.Build();
            app.UseCorrelationId();
            app.UseWebSockets();
            app.MapHealthEndpoints();
            app.UseChuyenHoaAuthentication();
            app.MapChuyenHoaGraphQL();
            app.MapExports();
            app.MapDashboard();
            // The Orleans dashboard shows every tenant's grains: platform administrators only (401 without a token, 403 for other roles).
            app.MapOrleansDashboard(DashboardPath).RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));
            app.MapBareOverviewEndpoint(app.Configuration);
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

    private static string BlobContainerNameFor(string serviceId)
    {
        var name = "state-" + new string(serviceId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return name.Length <= 63 ? name.TrimEnd('-') : name[..63].TrimEnd('-');
    }

    private static void ConfigureSilo(ISiloBuilder silo, ClusterSettings cluster, IConfiguration membership, StorageAccount account, KubernetesPod? pod)
    {
        silo.Configure<ClusterMembershipOptions>(membership);
        silo.AddActivityPropagation();
        // Order matters: the correlation scope wraps the reload, so that its warning carries the id too.
        silo.AddIncomingGrainCallFilter<CorrelationIdCallFilter>();
        silo.AddIncomingGrainCallFilter<ReloadStateOnFailureCallFilter>();
        silo.AddDashboard();
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        if (pod is not null)
        {
            // Advertises the pod's IP, names the silo after the pod, and lets the silos delete the pods of dead silos
            // and mark silos dead whose pods are gone (the RBAC in infra/kubernetes allows it).
            silo.UseKubernetesHosting();
            silo.Configure<EndpointOptions>(o =>
            {
                o.SiloPort = cluster.SiloPort;
                o.GatewayPort = cluster.GatewayPort;
            });
        }
        else if (string.IsNullOrWhiteSpace(cluster.AdvertisedIPAddress))
        {
            // A container (Azure Container Apps) learns its own address from its host name.
            silo.ConfigureEndpoints(Dns.GetHostName(), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedIPAddress), cluster.SiloPort, cluster.GatewayPort);
        }

        silo.UseAzureStorageClustering(o => o.TableServiceClient = account.Tables);
        BoundedLeaveMembershipTable.Decorate(silo.Services, cluster.LeaveTimeout);
        silo.AddAzureTableGrainStorage(StorageNames.Units, o => o.TableServiceClient = account.Tables);
        silo.AddAzureBlobGrainStorage(StorageNames.Documents, o =>
        {
            o.BlobServiceClient = account.Blobs;
            // Blob names do not include the ServiceId (table keys do), so each service gets its own container.
            o.ContainerName = BlobContainerNameFor(cluster.ServiceId);
        });
        silo.UseAzureTableReminderService(o => o.TableServiceClient = account.Tables);
    }
}
