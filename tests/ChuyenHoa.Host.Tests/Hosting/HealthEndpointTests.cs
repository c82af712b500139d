using System.Net;
using System.Text.Json;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChuyenHoa.Host.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class HealthEndpointTests(AzuriteFixture storage)
{
    [Fact]
    public async Task Live_and_ready_answer_200_when_storage_answers_and_the_silo_is_active()
    {
        await using var silo = await SiloHost.StartAsync(storage.ConnectionString, SiloHost.NewClusterId());
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };

        var live = await http.GetAsync("/health/live");
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("silo").GetProperty("status").GetString());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Ready_turns_503_while_storage_is_down_and_200_again_when_it_is_back_without_a_restart()
    {
        var location = Directory.CreateTempSubdirectory("chuyenhoa-azurite-").FullName;
        var first = await AzuriteProcess.StartAsync(new AzuriteLaunch(AzuriteFixture.PackageDirectory, location), NullLogger.Instance);
        var sameDataAndEndpoints = new AzuriteLaunch(AzuriteFixture.PackageDirectory, location, first.BlobPort, first.QueuePort, first.TablePort);
        AzuriteProcess? second = null;
        // Declared before the silo so that it is disposed after it: a silo cut off from storage cannot leave the cluster cleanly.
        await using var restartedStorage = new AsyncDisposer(() => second?.DisposeAsync() ?? ValueTask.CompletedTask);
        await using var silo = await SiloHost.StartAsync(first.ConnectionString, SiloHost.NewClusterId());
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        await first.DisposeAsync();

        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        // The anonymous answer names no endpoint: the detail goes to the log.
        Assert.DoesNotContain($"127.0.0.1:{first.TablePort}", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);

        second = await AzuriteProcess.StartAsync(sameDataAndEndpoints, NullLogger.Instance);
        await Eventually.HoldsAsync(
            async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "ready answers 200 once storage is back");
    }

    private sealed class AsyncDisposer(Func<ValueTask> dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => dispose();
    }
}
