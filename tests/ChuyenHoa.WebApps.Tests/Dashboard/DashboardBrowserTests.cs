using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium (tests/browser/dashboard.mjs) against a host on Azurite with the reference
/// case, the two-level demo and the drug track's demo year: the script endorses and approves Xã Quỳnh Nhai's proposal,
/// approves Chiềng Khoang's, designates Xã Mường Chiên again and closes the social-order year 2026, which no other test of
/// the collection reads.
/// Screenshots land in tests/browser/output/dashboard-*.png.
/// </summary>
[Collection(WebAppsHostCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(WebAppsHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Police_endorse_and_committee_approves_in_both_structures_and_runs_the_programme_year_district_and_commune_see_their_own_and_Lai_Chau_sees_no_Son_La_data() =>
        await BrowserScripts.RunAsync(output, "dashboard.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);
}
