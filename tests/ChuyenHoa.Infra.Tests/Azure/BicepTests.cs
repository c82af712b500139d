using System.Text.Json.Nodes;
using ChuyenHoa.Testing;
using Xunit.Abstractions;

namespace ChuyenHoa.Infra.Tests.Azure;

/// <summary>infra/azure compiled by the Bicep CLI from the package registry: any warning or error fails.</summary>
public sealed class BicepTests(ITestOutputHelper output)
{
    // The CLI takes seconds to start: every command runs once, all at once, when the first test asks.
    private static readonly Task<ProcessResult> Template = BicepAsync("build", "main.bicep", "--stdout");
    private static readonly Task<ProcessResult> Lint = BicepAsync("lint", "main.bicep");
    private static readonly Dictionary<string, Task<ProcessResult>> Parameters =
        new[] { "dev.bicepparam", "prod.bicepparam" }.ToDictionary(file => file, file => BicepAsync("build-params", file, "--stdout"));
    [Fact]
    public async Task The_template_builds_and_lints_without_a_warning()
    {
        var build = await Template;
        var lint = await Lint;
        output.WriteLine($"build: exit {build.ExitCode} {build.Error}\nlint: exit {lint.ExitCode} {lint.Log}");

        Assert.True(build.ExitCode == 0 && build.Error.Length == 0, build.Error);
        Assert.True(lint.ExitCode == 0 && lint.Log.Length == 0, lint.Log);
    }

    [Theory]
    [InlineData("dev.bicepparam")]
    [InlineData("prod.bicepparam")]
    public async Task The_parameters_of_each_environment_build_without_a_warning(string parameters)
    {
        var build = await Parameters[parameters];
        output.WriteLine($"build-params: exit {build.ExitCode} {build.Error}");

        Assert.True(build.ExitCode == 0 && build.Error.Length == 0, build.Error);
        Assert.Contains("parametersJson", build.Output);
    }

    [Fact]
    public async Task The_storage_account_takes_no_keys_nor_old_tls_and_keeps_blob_versions_and_deleted_blobs()
    {
        var template = JsonNode.Parse((await Template).Output)!;
        var resources = template["resources"]!.AsObject().Select(r => r.Value!).ToArray();

        var account = resources.Single(r => (string?)r["type"] == "Microsoft.Storage/storageAccounts")["properties"]!;
        Assert.False((bool)account["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
        Assert.False((bool)account["allowBlobPublicAccess"]!);
        var blobs = resources.Single(r => (string?)r["type"] == "Microsoft.Storage/storageAccounts/blobServices")["properties"]!;
        Assert.True((bool)blobs["isVersioningEnabled"]!);
        Assert.True((bool)blobs["deleteRetentionPolicy"]!["enabled"]!);
        Assert.True((bool)blobs["containerDeleteRetentionPolicy"]!["enabled"]!);
    }

    [Fact]
    public async Task The_identity_gets_the_table_and_blob_data_roles_on_the_account_and_registry_pull_and_nothing_else()
    {
        var template = JsonNode.Parse((await Template).Output)!;
        var assignments = template["resources"]!.AsObject().Select(r => r.Value!)
            .Where(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments")
            .ToDictionary(r => (string)r["properties"]!["roleDefinitionId"]!, r => (string)r["scope"]!);
        var roles = template["variables"]!.AsObject().ToDictionary(v => v.Key, v => v.Value!.ToString());

        Assert.Equal(
            ["acrPull", "storageBlobDataContributor", "storageTableDataContributor"],
            assignments.Keys.Select(definition => roles.Single(r => definition.Contains($"variables('{r.Key}')", StringComparison.Ordinal)).Key).Order());
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", roles["storageTableDataContributor"]);
        Assert.Equal("ba92f5b4-2d11-453d-a403-e96b0029c9fe", roles["storageBlobDataContributor"]);
        Assert.Equal("7f951dca-6b3c-4d3f-8ee4-fdd7afbb2b8a", roles["acrPull"]);
        Assert.All(
            assignments.Where(a => !a.Key.Contains("acrPull", StringComparison.Ordinal)),
            a => Assert.Contains("Microsoft.Storage/storageAccounts", a.Value, StringComparison.Ordinal));
    }

    private static Task<ProcessResult> BicepAsync(params string[] arguments) =>
        ProcessRun.RunAsync(InfraPaths.Bicep, arguments, InfraPaths.Azure, TimeSpan.FromMinutes(2));
}
