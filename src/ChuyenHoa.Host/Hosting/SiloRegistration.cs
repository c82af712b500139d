using System.Net;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Silo;
using ChuyenHoa.Silo.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace ChuyenHoa.Host.Hosting;

/// <summary>The Orleans silo: cluster identity and endpoints, Azure Table membership, the dashboard, and the grains with what they need (<see cref="GrainsRegistration"/>).</summary>
public static class SiloRegistration
{
    public static WebApplicationBuilder AddChuyenHoaSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.ChuyenHoaSettings().Cluster;
        var pod = KubernetesPod.FromEnvironment(Environment.GetEnvironmentVariable);
        builder.UseOrleans(silo => ConfigureSilo(silo, cluster, pod));
        return builder;
    }

    // The settings are read as configured, and validated before the silo starts: what could throw on a bad value
    // (the advertised address) is read when the silo asks for its options, after that validation.
    private static void ConfigureSilo(ISiloBuilder silo, ClusterSettings cluster, KubernetesPod? pod)
    {
        // Grain call filters run in this order: the trace's activity around the grains' own filters, the dashboard's profiler inside.
        silo.AddActivityPropagation();
        silo.AddChuyenHoaGrains();
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
    }
}
