using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>The input of <c>createConversionPlan</c> (CreateConversionPlanInput): a plan as the province's decision sets it.</summary>
public sealed record CreateConversionPlanInput(
    string ProvinceCode, int Year, string DecisionNumber, string DecisionDate, string? IssuedBy,
    IReadOnlyList<string> CommuneCodes, IReadOnlyList<RemovalCriterionInput> RemovalCriteria, string? ClientMutationId,
    ProgrammeTrack? Track = null, IReadOnlyList<DesignationTypesInputModel>? DesignationTypes = null, int? MonitoringMonths = null) : IMutationInput
{
    public CreatePlanInput ToPlan() =>
        new(Year, DecisionNumber, DecisionDate, IssuedBy ?? "", CommuneCodes,
            [.. RemovalCriteria.Select(r => r.ToCriterion())],
            Track ?? ProgrammeTrack.SocialOrder, DesignationTypes?.Select(d => d.ToInput()).ToArray(), MonitoringMonths);

    /// <summary>A refusal for each criterion whose threshold was left out: every kind but an attested fact has one.</summary>
    public IReadOnlyList<DomainError> MissingThresholds() =>
        [.. RemovalCriteria.SelectMany((r, i) => r.MissingThresholds($"removalCriteria[{i}]", $"Tiêu chí {i + 1}"))];
}

/// <summary>The types of one designated commune (DesignationTypesInput).</summary>
public sealed record DesignationTypesInputModel(string CommuneCode, IReadOnlyList<DesignationKind>? Types)
{
    public DesignationTypesInput ToInput() => new(CommuneCode.Trim(), Types ?? []);
}

public sealed class DesignationTypesInputType : InputObjectGraphType<DesignationTypesInputModel>
{
    public DesignationTypesInputType()
    {
        Name = "DesignationTypesInput";
        Description = "Loại địa bàn của một xã được chỉ định.";
        Field(d => d.CommuneCode).Description("Mã xã.");
        Field(d => d.Types, type: typeof(ListGraphType<NonNullGraphType<DesignationTypeEnumType>>)).Description("Các loại; bỏ trống là loại mặc định của danh sách.");
    }
}

/// <summary>The input of <c>issueYearEndDecision</c>: the signed decision that closes a plan year.</summary>
public sealed record IssueYearEndDecisionInput(
    string ProvinceCode, int Year, ProgrammeTrack? Track, string DecisionNumber, string DecisionDate, string Signer, string? IssuedBy,
    IReadOnlyList<string> Removed, IReadOnlyList<string> Continuing, IReadOnlyList<DesignationTypesInputModel>? NewlyDesignated, string? ClientMutationId) : IMutationInput
{
    public YearEndDecisionInput ToDecision() =>
        new(DecisionNumber, DecisionDate, Signer, IssuedBy, Removed, Continuing, [.. (NewlyDesignated ?? []).Select(d => d.ToInput())]);
}

public sealed class IssueYearEndDecisionInputType : InputObjectGraphType<IssueYearEndDecisionInput>
{
    public IssueYearEndDecisionInputType()
    {
        Name = "IssueYearEndDecisionInput";
        Description = "Quyết định tổng kết năm: mỗi xã đang chuyển hóa được đưa ra khỏi diện hoặc tiếp tục; các xã mới chỉ định; kế hoạch năm sau được lập từ đó.";
        Field(p => p.ProvinceCode).Description("Mã tỉnh.");
        Field(p => p.Year).Description("Năm kế hoạch được tổng kết.");
        Field(p => p.Track, type: typeof(ProgrammeTrackType)).Description("Danh sách; mặc định SOCIAL_ORDER.");
        Field(p => p.DecisionNumber).Description("Số quyết định, ví dụ 125/QĐ-UBND.");
        Field(p => p.DecisionDate).Description("Ngày ký (ISO 8601), từ 1/11 năm kế hoạch đến 30/4 năm sau.");
        Field(p => p.Signer).Description("Người ký: họ tên, chức vụ.");
        Field(p => p.IssuedBy, nullable: true).Description("Cơ quan ban hành; bỏ trống là UBND tỉnh, hoặc Bộ Công an với danh sách do Bộ quyết định.");
        Field(p => p.Removed, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Mã các xã đưa ra khỏi diện (đã có đề xuất chờ tỉnh quyết định).");
        Field(p => p.Continuing, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Mã các xã tiếp tục chuyển hóa.");
        Field(p => p.NewlyDesignated, type: typeof(ListGraphType<NonNullGraphType<DesignationTypesInputType>>)).Description("Các xã chỉ định mới từ năm sau, với loại địa bàn.");
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng.");
    }
}

/// <summary>The input of <c>designateCommuneAgain</c>: a removed commune whose figures breached the criteria during monitoring.</summary>
public sealed record DesignateCommuneAgainInput(string ProvinceCode, int Year, ProgrammeTrack? Track, string CommuneCode, string Reason, string? ClientMutationId) : IMutationInput;

public sealed class DesignateCommuneAgainInputType : InputObjectGraphType<DesignateCommuneAgainInput>
{
    public DesignateCommuneAgainInputType()
    {
        Name = "DesignateCommuneAgainInput";
        Description = "Chỉ định lại một xã đã đưa ra khỏi diện mà số liệu trong thời gian theo dõi vi phạm tiêu chí.";
        Field(p => p.ProvinceCode).Description("Mã tỉnh.");
        Field(p => p.Year).Description("Năm của kế hoạch đã đưa xã ra khỏi diện.");
        Field(p => p.Track, type: typeof(ProgrammeTrackType)).Description("Danh sách; mặc định SOCIAL_ORDER.");
        Field(p => p.CommuneCode).Description("Mã xã.");
        Field(p => p.Reason).Description("Lý do: số liệu nào vi phạm tiêu chí.");
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng.");
    }
}

/// <summary>One criterion for removing a commune (RemovalCriterionInput); which fields a kind takes: see <see cref="CriterionInput"/>.</summary>
public sealed record RemovalCriterionInput(
    string? Indicator, RemovalCriterionKind Kind, double? Threshold, string? Denominator, string? Fact, string? Statement,
    IReadOnlyList<RemovalCriterionInput>? Members)
{
    /// <summary>The criterion as the grains take it; an attested fact's threshold, left out, is 0.</summary>
    public CriterionInput ToCriterion() =>
        new(Indicator, Kind, Convert.ToDecimal(Threshold ?? 0), Denominator, Fact, Statement, Members?.Select(m => m.ToCriterion()).ToArray());

    public IEnumerable<DomainError> MissingThresholds(string field, string label) =>
        (Threshold is null && Kind != RemovalCriterionKind.Attested
            ? [DomainError.Validation($"{label}: chưa có ngưỡng; nhập số lượng, tỉ lệ từ 0 đến 1, hoặc số tiêu chí phải đạt của nhóm (chỉ tiêu chí xác nhận không có ngưỡng).", $"{field}.threshold")]
            : Enumerable.Empty<DomainError>())
        .Concat((Members ?? []).SelectMany((m, j) => m.MissingThresholds($"{field}.members[{j}]", $"{label}, tiêu chí thành phần {j + 1}")));
}

public sealed class RemovalCriterionInputType : InputObjectGraphType<RemovalCriterionInput>
{
    public RemovalCriterionInputType()
    {
        Name = "RemovalCriterionInput";
        Description = "Một tiêu chí đưa ra khỏi diện chuyển hóa: so sánh một chỉ tiêu với ngưỡng, một sự việc cần xác nhận, hoặc một nhóm tiêu chí.";
        Field(r => r.Indicator, nullable: true).Description("Mã chỉ tiêu (tử số với tiêu chí tỉ lệ); bỏ trống với ATTESTED và AT_LEAST_OF.");
        Field(r => r.Kind, type: typeof(NonNullGraphType<RemovalCriterionKindType>)).Description("Cách so sánh.");
        Field(r => r.Threshold, nullable: true)
            .Description("Ngưỡng: số lượng với AT_LEAST, AT_MOST; tỷ lệ 0–1 với REDUCTION_FROM_PREVIOUS_YEAR_AT_LEAST, RATIO_*, PER_POPULATION_* (0,8 là 80%); số tiêu chí phải đạt với AT_LEAST_OF; bỏ trống với ATTESTED.");
        Field(r => r.Denominator, nullable: true).Description("Mã chỉ tiêu mẫu số của RATIO_AT_LEAST, RATIO_AT_MOST (ví dụ criminal_cases cho tỷ lệ điều tra, khám phá).");
        Field(r => r.Fact, nullable: true).Description("Mã sự việc cần xác nhận của ATTESTED, chữ thường không dấu và dấu gạch dưới (ví dụ no_organised_crime_gang).");
        Field(r => r.Statement, nullable: true).Description("Nội dung sự việc cần xác nhận của ATTESTED (ví dụ: Không có băng, nhóm tội phạm hoạt động có tổ chức).");
        Field(r => r.Members, type: typeof(ListGraphType<NonNullGraphType<RemovalCriterionInputType>>))
            .Description("Các tiêu chí thành phần của AT_LEAST_OF (không chứa nhóm khác).");
    }
}

public sealed class CreateConversionPlanInputType : InputObjectGraphType<CreateConversionPlanInput>
{
    public CreateConversionPlanInputType()
    {
        Name = "CreateConversionPlanInput";
        Description = "Kế hoạch chuyển hóa theo quyết định của UBND tỉnh.";
        Field(p => p.ProvinceCode).Description("Mã tỉnh.");
        Field(p => p.Year).Description("Năm kế hoạch.");
        Field(p => p.DecisionNumber).Description("Số quyết định, ví dụ 314/QĐ-UBND.");
        Field(p => p.DecisionDate).Description("Ngày quyết định (ISO 8601).");
        Field(p => p.IssuedBy, nullable: true).Description("Cơ quan ban hành.");
        Field(p => p.CommuneCodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Mã các xã được chỉ định.");
        Field(p => p.RemovalCriteria, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RemovalCriterionInputType>>>)).Description("Tiêu chí đưa ra khỏi diện.");
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng.");
        Field(p => p.Track, type: typeof(ProgrammeTrackType)).Description("Danh sách; mặc định SOCIAL_ORDER.");
        Field(p => p.DesignationTypes, type: typeof(ListGraphType<NonNullGraphType<DesignationTypesInputType>>)).Description("Loại địa bàn của các xã; xã không ghi có loại mặc định của danh sách.");
        Field(p => p.MonitoringMonths, nullable: true).Description("Số tháng theo dõi xã sau khi đưa ra khỏi diện (1–24, mặc định 6).");
    }
}

/// <summary>The input of <c>confirmCarriedOverDesignation</c>: the successor, and whether the province keeps it designated.</summary>
public sealed record ConfirmCarriedOverDesignationInput(string ProvinceCode, int Year, string CommuneCode, bool Keep, string? ClientMutationId) : IMutationInput;

public sealed class ConfirmCarriedOverDesignationInputType : InputObjectGraphType<ConfirmCarriedOverDesignationInput>
{
    public ConfirmCarriedOverDesignationInputType()
    {
        Name = "ConfirmCarriedOverDesignationInput";
        Description = "Quyết định của tỉnh về một xã mới nhận một phần địa bàn đã chỉ định.";
        Field(p => p.ProvinceCode).Description("Mã tỉnh.");
        Field(p => p.Year).Description("Năm kế hoạch.");
        Field(p => p.CommuneCode).Description("Mã xã mới (danh mục 2025).");
        Field(p => p.Keep).Description("true: tiếp tục chỉ định xã; false: không chỉ định.");
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng.");
    }
}
