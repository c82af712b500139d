using System.Net.Http.Headers;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests;

/// <summary>
/// The collection's one Development host, with the whole reference case, shared by every class of the collection that
/// needs no host setting of its own (a host per class was most of this project's time). The classes run one after
/// another in any order, so none may count on what another has not written; those that write keep to their own:
/// <list type="bullet">
/// <item>Chiềng Khoang (03718): nobody reports; <c>ConcurrencyTests</c> decide its proposal, which the others only read
/// or fail to change.</item>
/// <item>Tông Lạnh (03772): <c>IdempotencyAndInputTests</c>' proposal.</item>
/// <item>Mường Trai (03823): <c>ExportTests</c>' proposal; <c>ConcurrencyTests</c>' December 2023 security cameras.</item>
/// <item>Chiềng Phung (04177): <c>SubscriptionFreshnessTests</c>' proposal and December 2023 criminal cases;
/// <c>HostileInputTests</c>' December 2023 security cameras.</item>
/// <item>Mường Lèo (04240): <c>HostileInputTests</c>' proposal; <c>TransportTests</c>' December 2023 legal education sessions.</item>
/// <item>Tuyên Quang (08) and Điện Biên (11) on the 2025 edition: <c>OnboardProvinceTests</c>.</item>
/// </list>
/// Tests that need another host start it on the same Azurite; the classes with a host of their own are collections of their
/// own, run side by side (xunit's default: as many at once as there are cores).
/// </summary>
public sealed class DevelopmentHostFixture : ApiHostFixture
{
    public DevelopmentIssuer Issuer => new(DataPath);

    /// <summary>
    /// The rate limits, high: the classes call as the same people (<see cref="ApiHostFixture.Province14"/> is one user
    /// everywhere), and would spend one budget together that a host per class gave each afresh. The limits are what
    /// <c>RateLimitTests</c> test, on a host of their own.
    /// </summary>
    protected override Dictionary<string, string?> Settings => new()
    {
        ["ChuyenHoa:RateLimiting:MutationsPerWindow"] = "1000000",
        ["ChuyenHoa:RateLimiting:QueryCostPerWindow"] = "1e15",
    };

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
}

/// <summary>
/// Runs alone, after the collections that run side by side: some of its classes count what the API did through its
/// process-wide meters (document cache hits, batch sizes), which a class running beside them would add to.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DevelopmentHostCollection : ICollectionFixture<DevelopmentHostFixture>
{
    public const string Name = "Development host";
}

/// <summary>A class with a host of its own that counts the API's process-wide meters: it too runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMetersCollection
{
    public const string Name = "Process-wide meters";
}
