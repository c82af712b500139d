using ChuyenHoa.Host.Hosting;

namespace ChuyenHoa.Host.Tests.Hosting;

public sealed class KubernetesPodTests
{
    private static readonly Dictionary<string, string?> InAPod = new()
    {
        ["KUBERNETES_SERVICE_HOST"] = "10.0.0.1",
        ["POD_NAME"] = "chuyenhoa-silo-7d9f-abcde",
        ["POD_NAMESPACE"] = "chuyenhoa",
        ["POD_IP"] = "10.244.1.17",
        ["ORLEANS_CLUSTER_ID"] = "chuyenhoa-prod",
        ["ORLEANS_SERVICE_ID"] = "chuyenhoa",
    };

    [Fact]
    public void A_pod_with_the_downward_api_variables_is_recognised_with_its_name_namespace_ip_and_cluster_labels()
    {
        var pod = KubernetesPod.FromEnvironment(name => InAPod.GetValueOrDefault(name));

        Assert.Equal(new KubernetesPod("chuyenhoa-silo-7d9f-abcde", "chuyenhoa", "10.244.1.17", "chuyenhoa-prod", "chuyenhoa"), pod);
    }

    [Theory]
    [InlineData("KUBERNETES_SERVICE_HOST")]
    [InlineData("POD_NAME")]
    [InlineData("POD_NAMESPACE")]
    [InlineData("POD_IP")]
    public void Without_any_one_of_the_pod_variables_the_silo_is_not_hosted_as_a_pod(string missing)
    {
        var environment = new Dictionary<string, string?>(InAPod) { [missing] = " " };

        Assert.Null(KubernetesPod.FromEnvironment(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Cluster_labels_are_optional()
    {
        var environment = new Dictionary<string, string?>(InAPod) { ["ORLEANS_CLUSTER_ID"] = null, ["ORLEANS_SERVICE_ID"] = null };

        var pod = KubernetesPod.FromEnvironment(name => environment.GetValueOrDefault(name));

        Assert.NotNull(pod);
        Assert.Null(pod.ClusterId);
        Assert.Null(pod.ServiceId);
    }
}
