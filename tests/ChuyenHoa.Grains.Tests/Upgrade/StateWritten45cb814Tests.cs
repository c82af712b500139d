using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.DemoData;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Silo;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// Grain state exactly as the grains of 45cb814 stored it, when grain state held the API's records: every table entity
/// and blob of that run is put in a fresh cluster's storage before its silo starts, and the grains of this code must
/// answer as the grains of 45cb814 answered (<c>answers-of-45cb814.json</c>) and keep every hidden field (keys, attempts,
/// a pending change). How the fixture was made: <c>StateWritten45cb814/README.md</c>.
/// </summary>
public sealed class StateWritten45cb814Tests : IAsyncLifetime
{
    private static readonly Guid StoredProposalId = Guid.Parse("e7b54847-b2bd-4b1f-8c72-c84bb7fe3d75");
    private static readonly WrittenState Written = new("45cb814");
    private static readonly JsonNode Answers = Written.Answers;
    private GrainCluster _cluster = null!;

    private IGrainFactory Grains => _cluster.Grains;

    public async Task InitializeAsync() => _cluster = await Written.StartClusterAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Units_tenants_plan_proposal_province_list_and_report_histories_answer_as_45cb814_did()
    {
        await AssertAnsweredAsBeforeAsync("tenant 14", Grains.GetGrain<ITenantGrain>("14").GetAsync());
        await AssertAnsweredAsBeforeAsync("tenant 14 plan years", Grains.GetGrain<ITenantGrain>("14").GetPlanYearsAsync());
        await AssertAnsweredAsBeforeAsync("tenant 12", Grains.GetGrain<ITenantGrain>("12").GetAsync());
        await AssertAnsweredAsBeforeAsync("tenants", Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync());
        foreach (var code in new[] { "14", "118", "03718" })
        {
            await AssertAnsweredAsBeforeAsync($"unit {code}", Grains.GetGrain<IAdministrativeUnitGrain>(code).GetAsync());
        }

        // Since 45cb814 a designation tells its commune's edition and any carry-over: none for a plan of 2023.
        var plan = (await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!;
        Assert.All(plan.Designations, d => Assert.Equal((null, null, null, CarryOverConfirmation.NotNeeded), (d.EditionId, d.DesignatedFrom, d.CarriedFrom, d.Confirmation)));
        var planAsBefore = JsonSerializer.SerializeToNode(plan)!.AsObject();
        Assert.Equal("2024", plan.Edition.Id);
        planAsBefore.Remove(nameof(PlanInfo.Edition));
        // Since 45cb814 a plan belongs to a track, keeps its communes under monitoring, and may be closed by a year-end decision:
        // one stored before is the social-order list with the default window, undecided, each commune of the list's default type.
        Assert.Equal(("14-2023", ProgrammeTrack.SocialOrder, MonitoringWindow.DefaultMonths, (YearEndDecisionInfo?)null, (string?)null),
            (plan.Key, plan.Track, plan.MonitoringMonths, plan.YearEndDecision, plan.DraftedFrom));
        Assert.All(plan.Designations, d => Assert.Equal([DesignationKind.SocialOrder], d.Types));
        foreach (var added in new[] { nameof(PlanInfo.Key), nameof(PlanInfo.Track), nameof(PlanInfo.MonitoringMonths), nameof(PlanInfo.YearEndDecision), nameof(PlanInfo.DraftedFrom) })
        {
            planAsBefore.Remove(added);
        }

        RemoveAll(planAsBefore[nameof(PlanInfo.Designations)]!,
            nameof(DesignationInfo.EditionId), nameof(DesignationInfo.DesignatedFrom), nameof(DesignationInfo.CarriedFrom), nameof(DesignationInfo.Confirmation),
            nameof(DesignationInfo.Types), nameof(DesignationInfo.RelapsedOn), nameof(DesignationInfo.RelapseReason), nameof(DesignationInfo.DesignatedAgainFrom));

        // Since 45cb814 a criterion may be a ratio, an attested fact or a group: none of 2023's is.
        RemoveAll(planAsBefore[nameof(PlanInfo.RemovalCriteria)]!, nameof(CriterionInfo.Denominator), nameof(CriterionInfo.Fact), nameof(CriterionInfo.Statement), nameof(CriterionInfo.Members));
        Assert.Equal(Answers["plan 14-2023"]!.ToJsonString(), planAsBefore.ToJsonString());
        // Since 45cb814 a proposal shows its approval chain and step: one stored then is three-level, and this one is decided.
        var proposal = (await Grains.GetGrain<IRemovalProposalGrain>(StoredProposalId).GetAsync())!;
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], proposal.Chain!.Select(s => s.Role));
        Assert.Null(proposal.CurrentStep);
        // Evidence stored before documents had types reads as untyped, without a number or a date.
        Assert.All(proposal.Evidence, e => Assert.Equal((DocumentType.Unspecified, null, null), (e.Type, e.Number, e.Date)));
        var asBefore = JsonSerializer.SerializeToNode(proposal)!.AsObject();
        asBefore.Remove(nameof(ProposalInfo.Chain));
        asBefore.Remove(nameof(ProposalInfo.CurrentStep));
        Assert.Equal(ProgrammeTrack.SocialOrder, proposal.Track);
        asBefore.Remove(nameof(ProposalInfo.Track));
        RemoveAll(asBefore[nameof(ProposalInfo.Evidence)]!, nameof(EvidenceInfo.Type), nameof(EvidenceInfo.Number), nameof(EvidenceInfo.Date));

        // Since 45cb814 a snapshot freezes the proposal's attestations and each criterion's reasoning: none in this one.
        var snapshot = asBefore[nameof(ProposalInfo.Snapshot)]!.AsObject();
        Assert.Null(proposal.Snapshot.Attestations);
        snapshot.Remove(nameof(ProposalSnapshot.Attestations));
        Assert.All(proposal.Snapshot.Criteria, c => Assert.Equal((null, null, null, null, null, null), (c.Denominator, c.Fact, c.Statement, c.DenominatorValue, c.Attestation, c.Members)));
        RemoveAll(snapshot[nameof(ProposalSnapshot.Criteria)]!,
            nameof(CriterionResultInfo.Denominator), nameof(CriterionResultInfo.Fact), nameof(CriterionResultInfo.Statement),
            nameof(CriterionResultInfo.DenominatorValue), nameof(CriterionResultInfo.Attestation), nameof(CriterionResultInfo.Members));
        Assert.Equal(Answers["proposal"]!.ToJsonString(), asBefore.ToJsonString());
        // Since 45cb814 the province's list names each proposal's track: the social-order list for one stored then.
        var listed = await Grains.GetGrain<IProvinceProposalsGrain>("14").ListAsync([]);
        Assert.All(listed, p => Assert.Equal(ProgrammeTrack.SocialOrder, p.Track));
        var listedAsBefore = JsonSerializer.SerializeToNode(listed)!;
        RemoveAll(listedAsBefore, nameof(ProposalSummary.Track));
        Assert.Equal(Answers["province proposals 14"]!.ToJsonString(), listedAsBefore.ToJsonString());
        await AssertAnsweredAsBeforeAsync("history 03718", Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetHistoryAsync());
        await AssertValuesAsBeforeAsync("values 03718 2023", Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetValuesAsync("2023", []));
        await AssertValuesAsBeforeAsync("values 118 2023", Grains.GetGrain<IUnitIndicatorsGrain>("118").GetValuesAsync("2023", []));
    }

    [Fact]
    public async Task A_change_45cb814_stored_for_a_district_that_was_down_reaches_district_and_province_once_and_stays_after_a_restart()
    {
        // The district and the province first, as they were: the commune has not woken up yet.
        await AssertValuesAsBeforeAsync("values 119 2023", Grains.GetGrain<IUnitIndicatorsGrain>("119").GetValuesAsync("2023", []));
        await AssertValuesAsBeforeAsync("values 14 2023", Grains.GetGrain<IUnitIndicatorsGrain>("14").GetValuesAsync("2023", []));

        // Waking the commune pushes its stored change (and the district would refuse a change out of order).
        await AssertAnsweredAsBeforeAsync("history 03772", Grains.GetGrain<IUnitIndicatorsGrain>("03772").GetHistoryAsync());
        Assert.Equal(0, await Grains.GetGrain<IUnitIndicatorsGrain>("03772").FlushOutboxAsync());
        await AssertOneMoreAddedPersonAsync();

        await RestartAsync();
        await AssertAnsweredAsBeforeAsync("history 03772", Grains.GetGrain<IUnitIndicatorsGrain>("03772").GetHistoryAsync());
        await AssertValuesAsBeforeAsync("values 03772 2023", Grains.GetGrain<IUnitIndicatorsGrain>("03772").GetValuesAsync("2023", []));
        await AssertOneMoreAddedPersonAsync();
        Assert.Empty(await ReminderRowsAsync());
    }

    [Fact]
    public async Task Son_la_stored_by_45cb814_on_2024_takes_the_2025_edition_beside_its_2024_units_which_answer_as_before()
    {
        var added = await Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
        await RestartAsync();

        var sonLa = Grains.GetGrain<ITenantGrain>("14");
        var editions = await sonLa.GetEditionsAsync();
        Assert.Equal(["2024", "2025"], editions.Select(t => t.EditionId));
        Assert.Equal(Answers["tenant 14"]!.ToJsonString(), JsonSerializer.SerializeToNode(editions[0])!.ToJsonString());
        Assert.Equal(added, editions[1]);
        await AssertAnsweredAsBeforeAsync("tenant 14 plan years", sonLa.GetPlanYearsAsync());
        foreach (var code in new[] { "14", "118", "03718" })
        {
            await AssertAnsweredAsBeforeAsync($"unit {code}", Grains.GetGrain<IAdministrativeUnitGrain>(code).GetAsync());
        }

        var quynhNhai = await Grains.GetGrain<IAdministrativeUnitGrain>("2025:03703").GetAsync();
        Assert.Equal(("Quỳnh Nhai", "2025", "14"), (quynhNhai!.Name, quynhNhai.EditionId, quynhNhai.ParentCode));
        await AssertValuesAsBeforeAsync("values 03718 2023", Grains.GetGrain<IUnitIndicatorsGrain>("03718").GetValuesAsync("2023", []));
    }

    [Fact]
    public async Task Idempotency_keys_and_attempts_45cb814_stored_still_answer_retries_with_the_first_answer()
    {
        var plan = Grains.GetGrain<IConversionPlanGrain>("14-2023");
        var otherPlan = new CreatePlanInput(2023, "999/QĐ-UBND", "2023-04-01", "", ["03718"], []);
        var byCreator = await plan.CreateAsync(ReferenceCaseLoader.ProvinceCommittee, otherPlan, "demo-reference-case-plan");
        var byColleague = await plan.CreateAsync(ReferenceCaseLoader.ProvinceCommittee with { UserId = "province-14-2" }, otherPlan, "demo-reference-case-plan");
        Assert.Equal("314/QĐ-UBND", byCreator.Value!.DecisionNumber);
        Assert.Equal(ErrorCodes.Conflict, Assert.Single(byColleague.Errors).Code);

        // The resubmission's key, retried after the proposal was approved: the same proposal, not a third submission.
        var resubmitted = await Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(ReferenceCaseLoader.DistrictCommittee("118"), ReferenceCase.PlanYear,
            new ProposalInput(ReferenceCase.CommuneCode, "2023-11-17", ReferenceCase.ConferenceChair, 30, "Hội nghị tổng kết.", "Đánh giá.", []), "resubmit-1");
        Assert.Equal((StoredProposalId, RemovalProposalStatus.Approved, 4), (resubmitted.Value!.Id, resubmitted.Value.Status, resubmitted.Value.Version));

        // Report keys: a retry with other figures gets the first answer and changes nothing.
        var sameAgain = Answers["same-again report"].Deserialize<ReportInput>()!;
        var chiengKhoang = Grains.GetGrain<IUnitIndicatorsGrain>(ReferenceCase.CommuneCode);
        var unchanged = await chiengKhoang.RecordReportAsync(ReferenceCaseLoader.DistrictCommittee("118"), Raised(sameAgain), "same-again");
        Assert.Equal((22L, 0), (unchanged.Value!.Version, unchanged.Value.Changes.Count));
        await AssertAnsweredAsBeforeAsync("history 03718", chiengKhoang.GetHistoryAsync());

        var corrected = Answers["corrected report"].Deserialize<ReportInput>()!;
        var retry = await Grains.GetGrain<IUnitIndicatorsGrain>("03772").RecordReportAsync(ReferenceCaseLoader.DistrictCommittee("119"), Raised(corrected), "corrected-1");
        var firstAnswer = Answers["history 03772"]!.AsArray()[^1].Deserialize<ReportRevision>();
        Assert.Equal(firstAnswer, Assert.Single(retry.Value!.Changes));
        await AssertAnsweredAsBeforeAsync("history 03772", Grains.GetGrain<IUnitIndicatorsGrain>("03772").GetHistoryAsync());
    }

    private static ReportInput Raised(ReportInput report) =>
        report with { Values = [.. report.Values.Select(v => v with { Value = v.Value + 1 })], OverrideStockFlow = true, Note = "Gửi lại." };

    /// <summary>The district's and the province's "managed persons added" of 2023 are one more than 45cb814 answered, and nothing else changed.</summary>
    private async Task AssertOneMoreAddedPersonAsync()
    {
        foreach (var unit in new[] { "119", "14" })
        {
            var before = Answers[$"values {unit} 2023"].Deserialize<IndicatorValueInfo[]>()!;
            var after = (await Grains.GetGrain<IUnitIndicatorsGrain>(unit).GetValuesAsync("2023", [])).Take(before.Length);
            var expected = before.Select(v => v.Indicator == "managed_persons_added"
                ? v with { Value = v.Value + 1, ChangeFromPreviousYear = IndicatorAggregation.ChangeFromPreviousYear(v.Value + 1, v.PreviousYearValue) }
                : v);
            Assert.Equal(expected, after);
        }
    }

    private static Task AssertAnsweredAsBeforeAsync<T>(string question, Task<T> answer) => Written.AssertAnsweredAsBeforeAsync(question, answer);

    /// <summary>
    /// A unit's values of every standard indicator: those of 45cb814's catalog as it answered them, then the indicators added
    /// to the catalog since, which nobody had reported.
    /// </summary>
    private static async Task AssertValuesAsBeforeAsync(string question, Task<IReadOnlyList<IndicatorValueInfo>> answer)
    {
        var values = await answer;
        var before = Answers[question]!.AsArray();
        Assert.Equal(before.ToJsonString(), JsonSerializer.SerializeToNode(values.Take(before.Count))!.ToJsonString());
        Assert.Equal(IndicatorCatalog.Standard.Definitions.Skip(before.Count).Select(d => d.Code), values.Skip(before.Count).Select(v => v.Indicator));
        Assert.All(values.Skip(before.Count), v => Assert.Equal((null, null), (v.Value, v.PreviousYearValue)));
    }

    private static void RemoveAll(JsonNode items, params string[] fields)
    {
        foreach (var item in items.AsArray())
        {
            foreach (var field in fields)
            {
                item!.AsObject().Remove(field);
            }
        }
    }

    [Fact]
    public async Task A_commune_stored_before_receipts_were_kept_received_each_month_when_its_first_revision_was_made()
    {
        // Like main's state before reporting deadlines, this state has no receipts: they come from the history it has.
        var commune = Grains.GetGrain<IUnitIndicatorsGrain>("03718");
        var history = await commune.GetHistoryAsync();

        var receipts = await commune.GetFirstReceiptsAsync();

        Assert.NotEmpty(history);
        Assert.Equal(
            history.GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Min(r => r.At)).OrderBy(kv => kv.Key),
            receipts.OrderBy(kv => kv.Key));
        Assert.Empty(await Grains.GetGrain<IUnitIndicatorsGrain>("118").GetFirstReceiptsAsync());
    }

    private Task RestartAsync() => _cluster.RestartAsync();

    private Task<List<TableEntity>> ReminderRowsAsync() => WrittenState.ReminderRowsAsync(_cluster);
}
