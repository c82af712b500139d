using ChuyenHoa.Api.Authentication;
using ChuyenHoa.Security;
using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests.Ide;

/// <summary>
/// The IDE page in a real headless Chromium, driven by tests/browser/graphiql-ide.mjs (Playwright): it proves the
/// page works offline, sends the pasted token and shows the signed-in caller that <c>/graphql</c> answers with. Screenshots land in tests/browser/output/.
/// </summary>
[Collection(WebAppsHostCollection.Name)]
[Trait("Category", "Browser")]
public sealed class GraphiQLBrowserTests(WebAppsHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task In_headless_Chromium_the_page_loads_offline_and_every_request_carries_the_pasted_token()
    {
        const string name = "Kiểm thử Trình duyệt";
        var token = new DevelopmentIssuer(fixture.DataPath).CreateToken(
            new DevelopmentTokenRequest(Roles.Analyst, "14", null, name, TimeSpan.FromMinutes(30)), DateTimeOffset.UtcNow);

        await BrowserScripts.RunAsync(output, "graphiql-ide.mjs", fixture.Host.BaseAddress.ToString(), token, BrowserScripts.OutputDirectory, name);
    }
}
