using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed class IndicatorInputType : InputObjectGraphType
{
    public IndicatorInputType()
    {
        Name = "IndicatorInput";
        Description = "Một chỉ tiêu trong báo cáo.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("Mã chỉ tiêu.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("Giá trị: số nguyên không âm.");
    }
}

public sealed class SubmitIndicatorReportInputType : InputObjectGraphType
{
    public SubmitIndicatorReportInputType()
    {
        Name = "SubmitIndicatorReportInput";
        Description = "Báo cáo kết quả (báo cáo chỉ tiêu) tháng của một xã.";
        Field<NonNullGraphType<StringGraphType>>("communeCode").Description("Mã xã.");
        Field<NonNullGraphType<StringGraphType>>("period").Description("Tháng báo cáo, ví dụ 2023-10 (quý và năm được tính từ tháng).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorInputType>>>>("values").Description("Các chỉ tiêu.");
        Field<BooleanGraphType>("overrideStockFlow").Description("Chấp nhận số người đang quản lý không khớp đầu kỳ + đưa vào − đưa ra (cần ghi chú).");
        Field<StringGraphType>("note").Description("Ghi chú.");
        Field<StringGraphType>("clientMutationId").Description("Khóa chống gửi trùng.");
    }
}

public sealed class RemovalCriterionInputType : InputObjectGraphType
{
    public RemovalCriterionInputType()
    {
        Name = "RemovalCriterionInput";
        Description = "Một tiêu chí đưa ra khỏi diện chuyển hóa.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("Mã chỉ tiêu.");
        Field<NonNullGraphType<RemovalCriterionKindType>>("kind").Description("Cách so sánh.");
        Field<NonNullGraphType<FloatGraphType>>("threshold").Description("Ngưỡng (tỷ lệ 0–1 với REDUCTION_FROM_PREVIOUS_YEAR_AT_LEAST).");
    }
}

public sealed class CreateConversionPlanInputType : InputObjectGraphType
{
    public CreateConversionPlanInputType()
    {
        Name = "CreateConversionPlanInput";
        Description = "Kế hoạch chuyển hóa theo quyết định của UBND tỉnh.";
        Field<NonNullGraphType<StringGraphType>>("provinceCode").Description("Mã tỉnh.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("Năm kế hoạch.");
        Field<NonNullGraphType<StringGraphType>>("decisionNumber").Description("Số quyết định, ví dụ 314/QĐ-UBND.");
        Field<NonNullGraphType<StringGraphType>>("decisionDate").Description("Ngày quyết định (ISO 8601).");
        Field<StringGraphType>("issuedBy").Description("Cơ quan ban hành.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("communeCodes").Description("Mã các xã được chỉ định.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RemovalCriterionInputType>>>>("removalCriteria").Description("Tiêu chí đưa ra khỏi diện.");
        Field<StringGraphType>("clientMutationId").Description("Khóa chống gửi trùng.");
    }
}

public sealed class EvidenceInputType : InputObjectGraphType
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Description = "Một tài liệu kèm đề xuất.";
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("Tên tệp.");
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("Kiểu nội dung, ví dụ application/pdf.");
        Field<NonNullGraphType<StringGraphType>>("contentBase64").Description("Nội dung, mã hóa base64.");
    }
}

public sealed class SubmitRemovalProposalInputType : InputObjectGraphType
{
    public SubmitRemovalProposalInputType()
    {
        Name = "SubmitRemovalProposalInput";
        Description = "Đề xuất đưa xã ra khỏi diện chuyển hóa.";
        Field<NonNullGraphType<StringGraphType>>("communeCode").Description("Mã xã.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("Năm kế hoạch.");
        Field<NonNullGraphType<StringGraphType>>("conferenceDate").Description("Ngày hội nghị tổng kết (ISO 8601).");
        Field<NonNullGraphType<StringGraphType>>("assessment").Description("Đánh giá của Ban Chỉ đạo huyện.");
        Field<StringGraphType>("conferenceChair").Description("Chủ trì hội nghị.");
        Field<IntGraphType>("conferenceAttendance").Description("Số người dự hội nghị.");
        Field<StringGraphType>("conferenceSummary").Description("Tóm tắt hội nghị.");
        Field<ListGraphType<NonNullGraphType<EvidenceInputType>>>("evidence").Description("Tài liệu kèm theo.");
        Field<StringGraphType>("clientMutationId").Description("Khóa chống gửi trùng: gửi lại cùng khóa không tạo đề xuất thứ hai.");
    }
}

/// <summary>A proposal and a reason: the input of the province's decisions and of the district's withdrawal.</summary>
public abstract class ProposalActionInputType : InputObjectGraphType
{
    protected ProposalActionInputType(string name, string description, string reasonDescription)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("Định danh toàn cục của đề xuất.");
        Field<StringGraphType>("reason").Description(reasonDescription);
        Field<StringGraphType>("clientMutationId")
            .Description("Khóa chống gửi trùng: cùng người gửi lại cùng khóa (khi mất phản hồi) nhận lại đề xuất, không ghi thêm bước nào.");
    }
}

public sealed class DecideRemovalProposalInputType()
    : ProposalActionInputType("DecideRemovalProposalInput", "Quyết định của tỉnh về một đề xuất.", "Lý do (bắt buộc khi không phê duyệt hoặc trả lại).");

public sealed class WithdrawRemovalProposalInputType()
    : ProposalActionInputType("WithdrawRemovalProposalInput", "Huyện rút đề xuất.", "Lý do.");
