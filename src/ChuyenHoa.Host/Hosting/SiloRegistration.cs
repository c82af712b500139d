using System.Net;
using ChuyenHoa.Api.Diagnostics;
using ChuyenHoa.Contracts;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Grains.Diagnostics;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;

namespace ChuyenHoa.Host.Hosting;

/// <summary>The Orleans silo: cluster identity and endpoints, Azure Table membership and reminders, grain state in Tables and Blobs.</summary>
public static class SiloRegistration
{
    public static WebApplicationBuilder AddChuyenHoaSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.ChuyenHoaSettings().Cluster;
        var pod = KubernetesPod.FromEnvironment(Environment.GetEnvironmentVariable);
        builder.UseOrleans(silo => ConfigureSilo(silo, cluster, pod));
        // Grain state in Orleans' own binary format: version-tolerant through [Id] and [Alias], unlike
        // the default JSON, which records CLR type names that a refactoring (or a collection expression) changes.
        builder.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
        return builder;
    }

    private static string BlobContainerNameFor(string serviceId)
    {
        var name = "state-" + new string(serviceId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return name.Length <= 63 ? name.TrimEnd('-') : name[..63].TrimEnd('-');
    }

    // The settings are read as configured, and validated before the silo starts: what could throw on a bad value
    // (the advertised address) is read when the silo asks for its options, after that validation.
    private static void ConfigureSilo(ISiloBuilder silo, ClusterSettings cluster, KubernetesPod? pod)
    {
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
            silo.Configure<EndpointOptions>(o =>
            {
                o.AdvertisedIPAddress = IPAddress.Parse(cluster.AdvertisedIPAddress);
                o.SiloPort = cluster.SiloPort;
                o.GatewayPort = cluster.GatewayPort;
            });
        }

        silo.UseAzureStorageClustering(o => o.Configure<StorageAccount>((options, account) => options.TableServiceClient = account.Tables));
        BoundedLeaveMembershipTable.Decorate(silo.Services, cluster.LeaveTimeout);
        silo.AddAzureTableGrainStorage(StorageNames.Units, o => o.Configure<StorageAccount>((options, account) => options.TableServiceClient = account.Tables));
        silo.AddAzureBlobGrainStorage(StorageNames.Documents, o => o.Configure<StorageAccount>((options, account) =>
        {
            options.BlobServiceClient = account.Blobs;
            // Blob names do not include the ServiceId (table keys do), so each service gets its own container.
            options.ContainerName = BlobContainerNameFor(cluster.ServiceId);
        }));
        silo.UseAzureTableReminderService(o => o.Configure<StorageAccount>((options, account) => options.TableServiceClient = account.Tables));
    }
}
