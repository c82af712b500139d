using ChuyenHoa.Testing;
using Xunit.Abstractions;

namespace ChuyenHoa.Infra.Tests.Kubernetes;

/// <summary>infra/kubernetes validated offline against the Kubernetes schemas (npm kubernetes-models, pinned in infra/kubernetes/validation).</summary>
public sealed class ManifestTests(ITestOutputHelper output)
{
    private static readonly string Validation = Path.Combine(InfraPaths.Kubernetes, "validation");

    [Fact]
    public async Task Every_manifest_is_a_valid_kubernetes_object()
    {
        var result = await ValidateAsync(InfraPaths.Kubernetes);

        Assert.True(result.ExitCode == 0, result.Log);
        // Namespace, service account, role, binding, config map, deployment, disruption budget, service, network policy.
        Assert.Contains("9 objects valid, 0 problems", result.Output);
    }

    [Fact]
    public async Task The_validator_refuses_a_wrong_field_type_and_an_unknown_kind()
    {
        var result = await ValidateAsync(Path.Combine(AppContext.BaseDirectory, "Kubernetes", "Invalid"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("containerPort must be integer", result.Error);
        Assert.Contains("unknown apiVersion/kind v1/Servic", result.Error);
    }

    private async Task<ProcessResult> ValidateAsync(string folder)
    {
        if (!Directory.Exists(Path.Combine(Validation, "node_modules", "kubernetes-models")))
        {
            var install = await ProcessRun.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], Validation, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm ci in {Validation} failed: {install.Log}");
        }

        var result = await ProcessRun.RunAsync("node", [Path.Combine(Validation, "validate.mjs"), folder], Validation, TimeSpan.FromMinutes(2));
        output.WriteLine(result.Log);
        return result;
    }
}
