using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests.Dashboard;

/// <summary>
/// The dashboard's monthly report form in a real headless Chromium (tests/browser/report-entry.mjs), on a phone-sized and a
/// desktop viewport, against the host with the two-level demo: Xã Quỳnh Nhai's commune committee files 2026-11 (phone) and
/// 2026-12 (desktop) and corrects each, months no other test of the collection reads.
/// Screenshots land in tests/browser/output/report-entry-*.png.
/// </summary>
[Collection(WebAppsHostCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReportEntryBrowserTests(WebAppsHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Commune_committee_files_a_month_after_an_inline_balance_error_corrects_it_with_a_note_and_a_district_reports_only_for_its_communes() =>
        await BrowserScripts.RunAsync(output, "report-entry.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);
}
