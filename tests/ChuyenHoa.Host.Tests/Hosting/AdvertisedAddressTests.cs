using System.Net;
using System.Net.Sockets;
using ChuyenHoa.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace ChuyenHoa.Host.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class AdvertisedAddressTests(AzuriteFixture storage)
{
    [Fact]
    public async Task With_an_empty_advertised_address_the_silo_advertises_the_address_its_host_name_resolves_to_and_serves()
    {
        await using var silo = await SiloHost.StartAsync(
            storage.ConnectionString, SiloHost.NewClusterId(), new Dictionary<string, string?> { ["ChuyenHoa:Cluster:AdvertisedIPAddress"] = "" });

        var advertised = silo.App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.Address;
        var ownAddresses = await Dns.GetHostAddressesAsync(Dns.GetHostName());
        Assert.Contains(advertised, ownAddresses.Where(a => a.AddressFamily == AddressFamily.InterNetwork));
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }
}
