using System.Net.Http.Headers;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests;

/// <summary>
/// A real Azurite and one Development host on it with a data folder of its own, shared by the tests of
/// the collection (they run one after another); tests that need another host start it on the same Azurite.
/// </summary>
public sealed class DevelopmentHostFixture : IAsyncLifetime
{
    public AzuriteFixture Storage { get; } = new();

    public string DataPath { get; } = Directory.CreateTempSubdirectory("chuyenhoa-auth-").FullName;

    public SiloHost Host { get; private set; } = null!;

    public DevelopmentIssuer Issuer => new(DataPath);

    public static HttpClient Client(SiloHost host, string? token = null)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static Dictionary<string, string?> DataPathSetting(string dataPath) => new() { ["ChuyenHoa:DataPath"] = dataPath };

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        Host = await SiloHost.StartAsync(Storage.ConnectionString, SiloHost.NewClusterId(), DataPathSetting(DataPath));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class DevelopmentHostCollection : ICollectionFixture<DevelopmentHostFixture>
{
    public const string Name = "Development host";
}
