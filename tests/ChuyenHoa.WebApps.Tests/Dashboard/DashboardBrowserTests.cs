using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium (tests/browser/dashboard.mjs) against a host on Azurite with the reference
/// case: the script approves Chiềng Khoang's proposal, which no other test of the collection reads.
/// Screenshots land in tests/browser/output/dashboard-*.png.
/// </summary>
[Collection(WebAppsHostCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(WebAppsHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Son_La_committee_sees_Chieng_Khoang_with_its_chart_and_approves_its_proposal_a_district_sees_its_own_and_a_Lai_Chau_analyst_sees_no_Son_La_data() =>
        await BrowserScripts.RunAsync(output, "dashboard.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);
}
