using ChuyenHoa.Contracts;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Grains.Diagnostics;
using ChuyenHoa.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// What the grains need from the silo that runs them: their storage providers, reminders and state serializer, the
/// evidence store, the clock and the call filters. The host and the grain tests' in-process cluster both call it, so the
/// tests run the grains over the same storage as production.
/// </summary>
public static class GrainSiloExtensions
{
    public static ISiloBuilder AddChuyenHoaGrains(this ISiloBuilder silo, StorageAccount account, string serviceId)
    {
        // Order matters: the correlation scope wraps the reload, so that its warning carries the id too.
        silo.AddIncomingGrainCallFilter<CorrelationIdCallFilter>();
        silo.AddIncomingGrainCallFilter<ReloadStateOnFailureCallFilter>();
        silo.AddAzureTableGrainStorage(StorageNames.Units, o => o.TableServiceClient = account.Tables);
        silo.AddAzureBlobGrainStorage(StorageNames.Documents, o =>
        {
            o.BlobServiceClient = account.Blobs;
            // Blob names do not include the ServiceId (table keys do), so each service gets its own container.
            o.ContainerName = BlobContainerNameFor(serviceId);
        });
        silo.UseAzureTableReminderService(o => o.TableServiceClient = account.Tables);
        // Grain state in Orleans' own binary format: version-tolerant through [Id] and [Alias], unlike
        // the default JSON, which records CLR type names that a refactoring (or a collection expression) changes.
        silo.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
        silo.Services.TryAddSingleton(account);
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<IEvidenceStore, BlobEvidenceStore>();
        return silo;
    }

    private static string BlobContainerNameFor(string serviceId)
    {
        var name = "state-" + new string(serviceId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return name.Length <= 63 ? name.TrimEnd('-') : name[..63].TrimEnd('-');
    }
}
