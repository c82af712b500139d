using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Indicators;
using ChuyenHoa.Plans;
using ChuyenHoa.Security;

// The root namespace, which every ChuyenHoa.* file sees: the host's demo data, the tests of every layer and the
// benchmarks load the reference case without a using of their own.
namespace ChuyenHoa;

/// <summary>
/// Loads the reference case of DOMAIN.md into a running cluster through the same grain calls people make:
/// plan 314/QĐ-UBND, the monthly reports of the designated communes, and Chiềng Khoang's removal proposal.
/// Every step is idempotent, so loading twice changes nothing.
/// </summary>
public static class ReferenceCaseLoader
{
    public const string ProposalKey = "demo-reference-case-proposal";

    /// <summary>The note on every report of a commune whose figures are invented for the demo.</summary>
    public const string DemoNote = TwoLevelDemo.Note;

    public static Caller ProvinceCommittee { get; } = new("demo-province-14", "Văn phòng Ban Chỉ đạo 138 tỉnh Sơn La", [Roles.ProvinceCommittee], ReferenceCase.ProvinceCode, null);

    public static Caller DistrictCommittee(string districtCode) =>
        new($"demo-district-{districtCode}", $"Ban Chỉ đạo 138 huyện (mã {districtCode})", [Roles.DistrictCommittee], ReferenceCase.ProvinceCode, districtCode);

    /// <returns>The id of Chiềng Khoang's proposal.</returns>
    public static async Task<Guid> LoadAsync(IGrainFactory grains)
    {
        await LoadPlanAndReportsAsync(grains);
        return await SubmitProposalAsync(grains);
    }

    /// <summary>The plan and the monthly reports: everything before the district's proposal.</summary>
    public static async Task LoadPlanAndReportsAsync(IGrainFactory grains)
    {
        await CreatePlanAsync(grains);
        await Task.WhenAll(ReferenceCase.Communes.Select(async commune =>
        {
            var indicators = grains.GetGrain<IUnitIndicatorsGrain>(commune.CommuneCode);
            var caller = DistrictCommittee(commune.DistrictCode!);
            foreach (var report in commune.MonthlyReports)
            {
                var input = ToInput(report);
                var recorded = await indicators.RecordReportAsync(caller, commune.IsDemo ? input with { Note = input.Note ?? DemoNote } : input);
                EnsureSucceeded(recorded, $"báo cáo {report.Month} của xã {commune.CommuneCode}");
            }
        }));
    }

    /// <summary>
    /// Plan 314/QĐ-UBND alone, which its communes need before they may report: for a host whose tests send reports of
    /// their own and read no history (the 110 monthly reports take most of the loading).
    /// </summary>
    public static Task CreatePlanAsync(IGrainFactory grains) =>
        CreatePlanAsync(grains, ReferenceCase.Plan, ReferenceCase.PlanIssuedBy, "demo-reference-case-plan", "kế hoạch 314/QĐ-UBND");

    /// <summary>Creates <paramref name="plan"/> as the province's committee does, idempotently under <paramref name="idempotencyKey"/>.</summary>
    internal static async Task CreatePlanAsync(
        IGrainFactory grains, ConversionPlan plan, string issuedBy, string idempotencyKey, string description,
        ProgrammeTrack track = ProgrammeTrack.SocialOrder, IReadOnlyList<DesignationTypesInput>? types = null, int? monitoringMonths = null)
    {
        var planGrain = grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(plan.ProvinceCode, plan.Year, track));
        var created = await planGrain.CreateAsync(ProvinceCommittee, new CreatePlanInput(
            plan.Year, plan.DecisionNumber, plan.DecisionDate.ToString("yyyy-MM-dd"), issuedBy, plan.CommuneCodes,
            [.. plan.RemovalCriteria.Select(CriterionInput.From)], track, types, monitoringMonths), idempotencyKey);
        EnsureSucceeded(created, description);
    }

    /// <summary>Quỳnh Nhai's proposal to remove Chiềng Khoang, with the conference of 17 Nov 2023, the district's letter and the minutes.</summary>
    public static async Task<Guid> SubmitProposalAsync(IGrainFactory grains)
    {
        var conference = ReferenceCase.Conference;
        var proposal = await grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(DistrictCommittee(ReferenceCase.DistrictCode), ReferenceCase.PlanYear, new ProposalInput(
            ReferenceCase.CommuneCode, conference.Date.ToString("yyyy-MM-dd"), conference.Chair, conference.Attendance, conference.Summary,
            ReferenceCase.DistrictAssessment,
            ProposalEvidence.LetterAndMinutes(ReferenceCase.CommuneCode, conference.Date.ToString("yyyy-MM-dd"), ReferenceCase.ProposalLetterNumber,
                ("bien-ban-hoi-nghi-tong-ket-chieng-khoang-2023.txt", $"Biên bản hội nghị tổng kết ngày 17/11/2023\n\n{conference.Summary}\n\n{ReferenceCase.DistrictAssessment}"))),
            ProposalKey);
        return EnsureSucceeded(proposal, "đề xuất đưa xã Chiềng Khoang ra khỏi diện chuyển hóa").Id;
    }

    public static ReportInput ToInput(IndicatorReport report) =>
        new(report.Month.ToString(), [.. report.Values.Select(v => new IndicatorInput(v.Key, v.Value))], report.StockFlowOverridden, report.Note);

    /// <summary>The value of a loading step, or an exception naming the step and its errors.</summary>
    public static T EnsureSucceeded<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException($"Nạp dữ liệu mẫu thất bại ở {what}: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
}
