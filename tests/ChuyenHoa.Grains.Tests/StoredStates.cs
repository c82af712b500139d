using Azure.Storage.Blobs;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Silo;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests;

/// <summary>Grain state that test classes of several folders start from, loaded once per test process and copied for each test.</summary>
internal static class StoredStates
{
    /// <summary>Sơn La and Lai Châu onboarded on the 2024 edition and the reference case loaded; the answer is Chiềng Khoang's proposal.</summary>
    public static GrainStateTemplate<Guid> ReferenceCase { get; } = new(async grains =>
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        return await ReferenceCaseLoader.LoadAsync(grains);
    });

    /// <summary>Sơn La onboarded on the 2024 edition.</summary>
    public static GrainStateTemplate<TenantInfo> SonLa2024 { get; } = new(grains => grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024"));

    /// <summary>
    /// A copy of <see cref="SonLa2024"/> with Sơn La's plan 14-2023 and proposal <paramref name="proposalId"/> as another commit's
    /// grains stored them: the blobs in <paramref name="folder"/> (under the test's output), named as the upgrade fixtures name
    /// them, <c>{blob path with / as _, .json as .bin}</c>. Written before the service's cluster starts; its ServiceId is the answer.
    /// </summary>
    public static async Task<string> SonLa2024WithStoredPlanAndProposalAsync(string folder, Guid proposalId)
    {
        var (serviceId, _) = await SonLa2024.CopyAsync();
        var container = new BlobServiceClient(await AzuriteFixture.SharedConnectionStringAsync()).GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(serviceId));
        await container.CreateIfNotExistsAsync();
        foreach (var blob in new[] { "plan-conversionplan/14-2023.json", ProposalBlobName(proposalId) })
        {
            var file = Path.Combine(AppContext.BaseDirectory, folder, blob.Replace('/', '_').Replace(".json", ".bin", StringComparison.Ordinal));
            await container.GetBlobClient(blob).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(file)), overwrite: true);
        }

        return serviceId;
    }

    /// <summary>The blob of a proposal's state in its service's container, as Orleans names it.</summary>
    public static string ProposalBlobName(Guid proposalId) => $"proposal-removalproposal/{proposalId:N}.json";

    /// <summary>Chiềng Khoang's proposal as 6cdfb52 stored it (<c>Upgrade/StateWritten6cdfb52/README.md</c>).</summary>
    public static readonly Guid ProposalStoredBy6cdfb52 = Guid.Parse("a6a10995e53740f6af7d5214fdd72673");

    /// <summary>A cluster started on Sơn La's plan 14-2023, Chiềng Khoang's proposal and Sơn La's tenant as 6cdfb52 stored them.</summary>
    public static async Task<GrainCluster> StartOnStateWritten6cdfb52Async()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Upgrade", "StateWritten6cdfb52");
        var serviceId = await SonLa2024WithStoredPlanAndProposalAsync(fixture, ProposalStoredBy6cdfb52);
        var storage = await AzuriteFixture.SharedConnectionStringAsync();
        await GrainStateTable.RestoreAsync(storage, serviceId, Path.Combine(fixture, "grain-state-table.json"));
        return await GrainCluster.StartAsync(storage, serviceId);
    }
}
