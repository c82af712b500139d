using Xunit.Abstractions;

namespace ChuyenHoa.WebApps.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium (tests/browser/dashboard.mjs, report-entry.mjs, report-import.mjs,
/// reporting-status.mjs, proposal-submission.mjs) against a host on Azurite with
/// the reference case, the two-level demo and the drug track's demo year: the first script endorses and approves Xã Quỳnh
/// Nhai's proposal, approves Chiềng Khoang's, designates Xã Mường Chiên again and closes the social-order year 2026; the
/// second files and corrects Xã Quỳnh Nhai's 2026-11 (phone) and 2026-12 (desktop) and corrects 2026-11 again; the third files
/// Xã Quỳnh Nhai's Q3 2026 (phone) and Q2 2026 (desktop) by Excel, changing only its legal education sessions; the fourth moves
/// the reporting deadlines' clock (only that one) three days on and files Xã Mường Trai 03808's 2026-11; the fifth
/// (proposal-submission.mjs) proposes Xã Mường Giôn (2025:03694, drug list of 2026) and Tông Lạnh (03772, plan of 2023),
/// returns and resubmits both and withdraws Tông Lạnh's. No other test of the collection reads any of these.
/// Screenshots land in tests/browser/output/dashboard-*.png, report-entry-*.png, report-import-*.png, reporting-status-*.png
/// and proposal-*.png (with the printed PDFs).
/// </summary>
[Collection(WebAppsHostCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(WebAppsHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Police_endorse_and_committee_approves_in_both_structures_and_runs_the_programme_year_district_and_commune_see_their_own_and_Lai_Chau_sees_no_Son_La_data() =>
        await BrowserScripts.RunAsync(output, "dashboard.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);

    [Fact]
    public async Task Commune_committee_files_a_month_by_the_form_on_a_phone_and_a_desktop_after_an_inline_balance_error_corrects_it_with_a_note_and_a_district_reports_only_for_its_communes() =>
        await BrowserScripts.RunAsync(output, "report-entry.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);

    [Fact]
    public async Task Commune_committee_files_a_quarter_by_excel_on_a_phone_and_a_desktop_dry_run_then_apply_then_the_same_file_again_changes_nothing() =>
        await BrowserScripts.RunAsync(output, "report-import.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);

    [Fact]
    public async Task The_province_sees_completeness_and_the_overdue_list_move_as_a_deadline_passes_and_a_report_arrives_and_a_commune_hears_its_report_is_overdue_on_a_phone_and_a_desktop() =>
        await BrowserScripts.RunAsync(output, "reporting-status.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);

    [Fact]
    public async Task Proposing_committees_submit_with_two_evidence_files_after_a_criteria_preview_resubmit_after_a_return_with_its_reason_withdraw_and_print_A4_papers_on_a_phone_and_a_desktop() =>
        await BrowserScripts.RunAsync(output, "proposal-submission.mjs", fixture.Host.BaseAddress.ToString(), BrowserScripts.OutputDirectory);
}
