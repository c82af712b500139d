using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Ide;

/// <summary>A real Azurite and one host of the platform on it, shared by the tests of the GraphQL IDE page.</summary>
public sealed class IdeHostFixture : IAsyncLifetime
{
    public AzuriteFixture Storage { get; } = new();

    public SiloHost Host { get; private set; } = null!;

    public string DataPath { get; } = Directory.CreateTempSubdirectory("chuyenhoa-ide-").FullName;

    public HttpClient Client(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler()) { BaseAddress = Host.BaseAddress };

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        Host = await SiloHost.StartAsync(Storage.ConnectionString, SiloHost.NewClusterId(), DevelopmentHostFixture.DataPathSetting(DataPath));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class IdeHostCollection : ICollectionFixture<IdeHostFixture>
{
    public const string Name = "GraphQL IDE host";
}
