using ChuyenHoa.Api.Resilience;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Host.Configuration;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Silo.Storage;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Host.Storage;

/// <summary>The storage account the silo uses: the configured one, or in Development with none configured, the Azurite of this data folder.</summary>
public static class StorageRegistration
{
    public static WebApplicationBuilder AddChuyenHoaStorage(this WebApplicationBuilder builder)
    {
        var settings = builder.ChuyenHoaSettings();
        if (!settings.Storage.IsConfigured && builder.Environment.IsDevelopment())
        {
            // Only here is the development storage composed: production never starts node, sends signals or reads /proc.
            builder.Services.AddSingleton(services =>
            {
                var options = services.GetRequiredService<IOptions<ChuyenHoaOptions>>().Value;
                return new DevelopmentAzurite(
                    new AzuriteLaunch(RepositoryPaths.ResolveAzuriteDirectory(options), AzuriteLocation(options), options.Azurite.BlobPort, options.Azurite.QueuePort, options.Azurite.TablePort),
                    services.GetRequiredService<ILogger<DevelopmentAzurite>>());
            });
            builder.Services.AddSingleton(services => StorageAccount.FromConnectionString(services.GetRequiredService<DevelopmentAzurite>().ConnectionString));
        }
        else
        {
            // Without settings outside Development, validation stops the host before anything asks for the account.
            builder.Services.AddSingleton(services => ConfiguredStorage.Open(services.GetRequiredService<IOptions<ChuyenHoaOptions>>().Value.Storage));
        }

        // The API's clock, and the grains' (GrainsRegistration adds it only where nothing did).
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IStorageFailureDetector, AzureStorageFailureDetector>();
        return builder;
    }

    /// <summary>Starts the development Azurite when it is composed, then waits for the account to answer: before the silo starts.</summary>
    public static async Task StartStorageAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var settings = app.Services.GetRequiredService<IOptions<ChuyenHoaOptions>>().Value;
        try
        {
            if (app.Services.GetService<DevelopmentAzurite>() is { } azurite)
            {
                await azurite.StartAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StartupException(
                $"Không khởi động được Azurite đi kèm (cổng {settings.Azurite.BlobPort}-{settings.Azurite.TablePort}, dữ liệu {AzuriteLocation(settings)}): {e.Message}", e);
        }

        await app.Services.GetRequiredService<StorageAccount>().EnsureReachableAsync(settings.Storage.StartupTimeout, cancellationToken);
    }

    private static string AzuriteLocation(ChuyenHoaOptions settings) => Path.Combine(RepositoryPaths.ResolveDataPath(settings), "azurite");
}
