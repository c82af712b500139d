using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

/// <summary>The input of <c>createConversionPlan</c> (CreateConversionPlanInput): a plan as the province's decision sets it.</summary>
public sealed record CreateConversionPlanInput(
    string ProvinceCode, int Year, string DecisionNumber, string DecisionDate, string? IssuedBy,
    IReadOnlyList<string> CommuneCodes, IReadOnlyList<RemovalCriterionInput> RemovalCriteria, string? ClientMutationId) : IMutationInput
{
    public CreatePlanInput ToPlan() =>
        new(Year, DecisionNumber, DecisionDate, IssuedBy ?? "", CommuneCodes,
            [.. RemovalCriteria.Select(r => new CriterionInput(r.Indicator, r.Kind, Convert.ToDecimal(r.Threshold)))]);
}

/// <summary>One criterion for removing a commune (RemovalCriterionInput).</summary>
public sealed record RemovalCriterionInput(string Indicator, RemovalCriterionKind Kind, double Threshold);

public sealed class RemovalCriterionInputType : InputObjectGraphType<RemovalCriterionInput>
{
    public RemovalCriterionInputType()
    {
        Name = "RemovalCriterionInput";
        Description = "Một tiêu chí đưa ra khỏi diện chuyển hóa.";
        Field(r => r.Indicator).Description("Mã chỉ tiêu.");
        Field(r => r.Kind, type: typeof(NonNullGraphType<RemovalCriterionKindType>)).Description("Cách so sánh.");
        Field(r => r.Threshold).Description("Ngưỡng (tỷ lệ 0–1 với REDUCTION_FROM_PREVIOUS_YEAR_AT_LEAST).");
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
