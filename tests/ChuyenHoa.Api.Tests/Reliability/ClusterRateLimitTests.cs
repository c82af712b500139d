using System.Net;
using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Errors;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

[Trait("Category", "Slow")]
[Collection(DevelopmentHostCollection.Name)]
public sealed class ClusterRateLimitTests(DevelopmentHostFixture shared)
{
    private const string Report = "mutation { submitIndicatorReport(input: { communeCode: \"03718\", period: \"2023-12\", values: [{ indicator: \"legal_education_sessions\", value: 1 }] }) { errors { code } } }";

    [Fact]
    public async Task Two_silos_share_one_mutation_limit_per_caller()
    {
        var dataPath = Directory.CreateTempSubdirectory("chuyenhoa-cluster-limit-").FullName;
        try
        {
            var clusterId = SiloHost.NewClusterId();
            var settings = DevelopmentHostFixture.DataPathSetting(dataPath);
            settings["ChuyenHoa:RateLimiting:MutationsPerWindow"] = "3";
            settings["ChuyenHoa:RateLimiting:Window"] = "00:10:00";
            await using var a = await SiloHost.StartAsync(shared.ConnectionString, clusterId, settings);
            await using var b = await SiloHost.StartAsync(shared.ConnectionString, clusterId, settings);
            await Eventually.HoldsAsync(
                () => Task.FromResult(a.ActiveSilos == 2 && b.ActiveSilos == 2),
                TimeSpan.FromSeconds(60),
                "both silos see two active members");
            var token = new DevelopmentIssuer(dataPath).CreateToken(
                new DevelopmentTokenRequest(Roles.DistrictCommittee, "14", "118", "Người gửi qua hai máy", TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);
            using var viaA = new GraphQLClient(a.BaseAddress, token);
            using var viaB = new GraphQLClient(b.BaseAddress, token);

            var statuses = new List<HttpStatusCode>
            {
                (await viaA.PostAsync(Report)).Status,
                (await viaB.PostAsync(Report)).Status,
                (await viaA.PostAsync(Report)).Status,
            };
            var overOnB = await viaB.PostAsync(Report);
            var overOnA = await viaA.PostAsync(Report);

            // Each silo alone has seen at most two: only a limit held for the whole cluster refuses the fourth.
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
            Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited), (overOnB.Status, (string?)overOnB.Errors![0]!["extensions"]!["code"]));
            Assert.Equal(HttpStatusCode.TooManyRequests, overOnA.Status);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
