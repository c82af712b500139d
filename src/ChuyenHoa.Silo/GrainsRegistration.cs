using ChuyenHoa.Contracts;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Grains.Diagnostics;
using ChuyenHoa.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;

namespace ChuyenHoa.Silo;

/// <summary>What the grains need of a silo, whoever hosts it (the host, or a test cluster): nothing of cluster identity, endpoints or membership.</summary>
public static class GrainsRegistration
{
    /// <summary>
    /// Grain state in the <see cref="StorageAccount"/> of the services (which the caller registers): small state in Tables,
    /// growing state in the service's own blob container; reminders in Tables; the call filters and services grains rely on.
    /// </summary>
    public static ISiloBuilder AddChuyenHoaGrains(this ISiloBuilder silo)
    {
        // Order matters: the correlation scope wraps the reload, so that its warning carries the id too.
        silo.AddIncomingGrainCallFilter<CorrelationIdCallFilter>();
        silo.AddIncomingGrainCallFilter<ReloadStateOnFailureCallFilter>();
        silo.AddAzureTableGrainStorage(StorageNames.Units, o => o.Configure<StorageAccount>((options, account) => options.TableServiceClient = account.Tables));
        silo.AddAzureBlobGrainStorage(StorageNames.Documents, o => o.Configure<StorageAccount, IOptions<ClusterOptions>>((options, account, cluster) =>
        {
            options.BlobServiceClient = account.Blobs;
            // Blob names do not include the ServiceId (table keys do), so each service gets its own container.
            options.ContainerName = BlobContainerNameFor(cluster.Value.ServiceId);
        }));
        silo.UseAzureTableReminderService(o => o.Configure<StorageAccount>((options, account) => options.TableServiceClient = account.Tables));
        // Grain state in Orleans' own binary format: version-tolerant through [Id] and [Alias], unlike
        // the default JSON, which records CLR type names that a refactoring (or a collection expression) changes.
        silo.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddKeyedSingleton(ReportingDeadlinesGrain.ClockKey, (services, _) => services.GetRequiredService<TimeProvider>());
        silo.Services.AddSingleton<IEvidenceStore, BlobEvidenceStore>();
        silo.Services.AddSingleton<IReportHistoryLog, BlobReportHistoryLog>();
        return silo;
    }

    /// <summary>The blob container of a service's grain state: <c>state-</c> and the ServiceId, as a container may be named.</summary>
    public static string BlobContainerNameFor(string serviceId)
    {
        var name = "state-" + new string(serviceId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return name.Length <= 63 ? name.TrimEnd('-') : name[..63].TrimEnd('-');
    }
}
