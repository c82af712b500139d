using System.Text.Json;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.DemoData;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Conversion;

public sealed class ReferenceCaseTests : ReferenceCaseCluster
{
    [Fact]
    public async Task Chieng_khoang_2023_runs_end_to_end_from_plan_to_removal()
    {
        // The year figures of the report of 17 Nov 2023.
        var commune = await ValuesAsync("03718", "2023");
        Assert.Equal(26, commune[ManagedPersonsAdded].Value);
        Assert.Equal(20, commune[ManagedPersonsReleased].Value);
        Assert.Equal(62, commune[ManagedPersonsCurrent].Value);
        Assert.True(commune[DenunciationHouseholds].Value > 1_600);
        Assert.Equal(189, commune[SecurityCameras].Value);
        Assert.Equal(-0.75, commune[CriminalCases].ChangeFromPreviousYear!.Value, 6);

        // The proposal froze the snapshot and the criteria evaluated on it, and waits for the province.
        var proposal = (await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).GetAsync())!;
        Assert.Equal(RemovalProposalStatus.Submitted, proposal.Status);
        Assert.Equal(("118", "03718", 2023, "2023-11-17"), (proposal.DistrictCode, proposal.CommuneCode, proposal.Year, proposal.Conference.Date));
        Assert.Equal(62, proposal.Snapshot.Indicators.Single(v => v.Indicator == ManagedPersonsCurrent).Value);
        Assert.Equal(ReferenceCase.Plan.RemovalCriteria.Count, proposal.Snapshot.Criteria.Count);
        Assert.True(proposal.Snapshot.AllCriteriaMet);
        Assert.Equal(
            [(DocumentType.ProposalLetter, ReferenceCase.ProposalLetterNumber, "2023-11-17"), (DocumentType.ConferenceMinutes, null, "2023-11-17")],
            proposal.Evidence.Select(e => (e.Type, e.Number, e.Date)));
        Assert.All(proposal.Evidence, e => Assert.Equal(64, e.Sha256.Length));
        Assert.Equal(DesignationStatus.Proposed, await StatusAsync("03718"));
        Assert.Contains(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([RemovalProposalStatus.Submitted]), p => p.Id == ProposalId);

        var approved = await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Approve, "Đủ điều kiện đưa ra khỏi diện chuyển hóa.");

        Assert.True(approved.Succeeded);
        Assert.Equal(RemovalProposalStatus.Approved, approved.Value!.Status);
        var plan = (await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!;
        var designation = plan.Designations.Single(d => d.CommuneCode == "03718");
        Assert.Equal(DesignationStatus.Removed, designation.Status);
        Assert.Equal(approved.Value.DecisionDate, designation.RemovedFrom);
        Assert.All(plan.Designations.Where(d => d.CommuneCode != "03718"), d => Assert.Equal(DesignationStatus.Designated, d.Status));
        Assert.Equal(
            [(ProposalAction.Submit, "Ban Chỉ đạo 138 huyện (mã 118)", "District.Committee"), (ProposalAction.Approve, "Văn phòng Ban Chỉ đạo 138 tỉnh Sơn La", "Province.Committee")],
            approved.Value.History.Select(e => (e.Action, e.ActorName, e.Role)));
        Assert.Equal("Đủ điều kiện đưa ra khỏi diện chuyển hóa.", approved.Value.History[^1].Reason);
    }

    [Fact]
    public async Task District_and_province_totals_equal_the_sum_of_their_communes_for_every_indicator_and_period()
    {
        foreach (var period in new[] { "2022-05", "2022-Q4", "2022", "2023-10", "2023-Q3", "2023" })
        {
            var communes = await Task.WhenAll(ReferenceCase.Communes.Select(c => ValuesAsync(c.CommuneCode, period)));
            var quynhNhai = await ValuesAsync("118", period);
            var sonLa = await ValuesAsync("14", period);
            foreach (var indicator in IndicatorCatalog.Standard.Definitions.Select(d => d.Code))
            {
                // An indicator none of them reports (those added to the catalog since 2023) has no value anywhere, not 0.
                if (!ReferenceCase.ChiengKhoang.MonthlyReports[0].Values.ContainsKey(indicator))
                {
                    Assert.All([.. communes, quynhNhai, sonLa], values => Assert.Null(values[indicator].Value));
                    continue;
                }

                var monthly = period.Length == 7;
                if (monthly || IndicatorCatalog.Standard.Find(indicator)!.Kind == IndicatorKind.Flow)
                {
                    Assert.Equal(communes.Sum(c => c[indicator].Value), sonLa[indicator].Value);
                }

                // Quỳnh Nhai has one designated commune: its totals are Chiềng Khoang's.
                Assert.Equal(communes[0][indicator].Value, quynhNhai[indicator].Value);
                Assert.Equal(communes[0][indicator].PreviousYearValue, quynhNhai[indicator].PreviousYearValue);
            }
        }
    }

    [Fact]
    public async Task A_corrected_report_replaces_the_value_keeps_the_old_one_in_history_and_moves_the_totals()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var before = await ValuesAsync("14", "2023-10");
        var original = ReferenceCase.ChiengKhoang.MonthlyReports.Single(r => r.Month.ToString() == "2023-10");
        var corrected = ReferenceCaseLoader.ToInput(original) with
        {
            Values = [.. ReferenceCaseLoader.ToInput(original).Values.Select(v => v.Indicator == SecurityCameras ? v with { Value = v.Value + 3 } : v)],
            Note = "Bổ sung 3 camera lắp cuối tháng",
        };

        var receipt = await Grains.GetGrain<IUnitIndicatorsGrain>("03718").RecordReportAsync(district, corrected);

        Assert.True(receipt.Succeeded);
        var change = Assert.Single(receipt.Value!.Changes);
        Assert.Equal((SecurityCameras, 189L, 192L, district.DisplayName), (change.Indicator, change.OldValue, change.NewValue, change.ActorName));
        var history = await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync();
        Assert.Contains(history, r => r.Period == "2023-10" && r.Indicator == SecurityCameras && r.NewValue == 189);
        Assert.Contains(history, r => r.Period == "2023-10" && r.Indicator == SecurityCameras && r.OldValue == 189 && r.NewValue == 192);
        Assert.Equal(before[SecurityCameras].Value + 3, (await ValuesAsync("14", "2023-10"))[SecurityCameras].Value);
        Assert.Equal(192, (await ValuesAsync("118", "2023"))[SecurityCameras].Value);
    }

    [Fact]
    public async Task A_silo_restart_loses_nothing()
    {
        await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Return, "Bổ sung biên bản");
        var planBefore = await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync();
        var proposalBefore = await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).GetAsync();
        var provinceBefore = await ValuesAsync("14", "2023");
        var historyBefore = await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync();

        await RestartAsync();

        var planAfter = await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync();
        var proposalAfter = await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).GetAsync();
        // As JSON, so lists inside the records compare by their items.
        Assert.Equal(JsonSerializer.Serialize(planBefore), JsonSerializer.Serialize(planAfter));
        Assert.Equal((proposalBefore!.Status, proposalBefore.Version), (proposalAfter!.Status, proposalAfter.Version));
        Assert.Equal(proposalBefore.History, proposalAfter.History);
        Assert.Equal(proposalBefore.Snapshot.Indicators, proposalAfter.Snapshot.Indicators);
        Assert.Equal(provinceBefore.Values, (await ValuesAsync("14", "2023")).Values);
        Assert.Equal(historyBefore, await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync());
    }

    [Fact]
    public async Task Loading_the_reference_case_twice_changes_nothing()
    {
        var history = await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync();
        var proposal = await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).GetAsync();

        var again = await ReferenceCaseLoader.LoadAsync(Grains);

        Assert.Equal(ProposalId, again);
        Assert.Equal(history.Count, (await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync()).Count);
        Assert.Equal(proposal!.Version, (await Grains.GetGrain<IRemovalProposalGrain>(ProposalId).GetAsync())!.Version);
        Assert.Single(await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]));
    }

    [Fact]
    public async Task A_child_change_delivered_twice_moves_the_totals_once()
    {
        var before = await ValuesAsync("118", "2023-12");
        var change = new UnitChange("03718", 1_000_000, [new ValueDelta("2023-12", CriminalCases, null, 4)]);
        var district = Grains.GetGrain<IUnitIndicatorsGrain>("118");

        // Out of order (a gap in the child's versions) is refused, so nothing can be skipped silently.
        await Assert.ThrowsAsync<InvalidOperationException>(() => district.ApplyChildChangeAsync(change));
        var history = await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync();
        var next = change with { Version = history.Max(r => r.Version) + 1 };
        await district.ApplyChildChangeAsync(next);
        await district.ApplyChildChangeAsync(next);

        Assert.Null(before[CriminalCases].Value);
        Assert.Equal(4, (await ValuesAsync("118", "2023-12"))[CriminalCases].Value);
        Assert.Equal(4, (await ValuesAsync("14", "2023-12"))[CriminalCases].Value);
    }

    [Fact]
    public async Task Invented_demo_figures_are_marked_as_demo_and_the_reference_case_is_not()
    {
        var demo = await Grains.GetGrain<IUnitIndicatorsGrain>("03772").GetHistoryAsync();
        var reference = await Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync();

        Assert.All(demo, r => Assert.Equal(ReferenceCaseLoader.DemoNote, r.Note));
        Assert.All(reference, r => Assert.Null(r.Note));
    }

    [Fact]
    public async Task Monthly_values_of_chosen_indicators_are_exactly_those_months_of_all_the_values()
    {
        var commune = Grains.GetGrain<IUnitIndicatorsGrain>("03718");

        var all = await commune.GetMonthlyValuesAsync();
        var chosen = await commune.GetMonthlyValuesOfAsync([CriminalCases, SecurityCameras, "no_such_indicator"]);

        Assert.Contains(all, v => v.Indicator != CriminalCases && v.Indicator != SecurityCameras);
        Assert.Equal(
            all.Where(v => v.Indicator is CriminalCases or SecurityCameras).OrderBy(v => (v.Month, v.Indicator)),
            chosen.OrderBy(v => (v.Month, v.Indicator)));
        Assert.Contains(chosen, v => v.Indicator == SecurityCameras);
        Assert.Equal(all.OrderBy(v => (v.Month, v.Indicator)), (await commune.GetMonthlyValuesOfAsync([])).OrderBy(v => (v.Month, v.Indicator)));
    }

    private async Task<Dictionary<string, IndicatorValueInfo>> ValuesAsync(string unit, string period) =>
        (await Grains.GetGrain<IUnitIndicatorsGrain>(unit).GetValuesAsync(period, [])).ToDictionary(v => v.Indicator);

    private async Task<DesignationStatus> StatusAsync(string commune) =>
        (await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!.Designations.Single(d => d.CommuneCode == commune).Status;
}
