using System.Text.Json.Nodes;
using ChuyenHoa.Security;

namespace ChuyenHoa.Infra.Tests.Azure;

/// <summary>infra/azure/entra-app-manifest.json, the app registration an operator creates (README.md, step 2).</summary>
public sealed class EntraManifestTests
{
    private static readonly JsonNode Manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(InfraPaths.Azure, "entra-app-manifest.json")))!;

    private static JsonNode[] AppRoles => [.. Manifest["appRoles"]!.AsArray().Select(r => r!)];

    [Fact]
    public void It_declares_the_six_roles_of_the_platform_each_once_with_its_own_id()
    {
        Assert.Equal(
            ["Analyst", "Commune.Committee", "District.Committee", "Platform.Admin", "Province.Committee", "Province.Police"],
            AppRoles.Select(r => (string)r["value"]!).Order());
        Assert.Equal(AppRoles.Length, AppRoles.Select(r => Guid.Parse((string)r["id"]!)).Distinct().Count());
    }

    [Fact]
    public void Every_role_the_api_checks_is_declared_enabled_and_assignable_to_people()
    {
        foreach (var role in Roles.All)
        {
            var declared = Assert.Single(AppRoles, r => (string?)r["value"] == role);
            Assert.True((bool)declared["isEnabled"]!);
            Assert.Equal(["User"], declared["allowedMemberTypes"]!.AsArray().Select(t => (string)t!));
        }
    }

    [Fact]
    public void Tokens_are_version_2_and_any_organisation_may_sign_in()
    {
        Assert.Equal(2, (int)Manifest["api"]!["requestedAccessTokenVersion"]!);
        Assert.Equal("AzureADMultipleOrgs", (string?)Manifest["signInAudience"]);
    }
}
