using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>The input of <c>submitIndicatorReport</c> (SubmitIndicatorReportInput): a commune's monthly report.</summary>
public sealed record SubmitIndicatorReportInput(
    string CommuneCode, string Period, IReadOnlyList<IndicatorInput> Values, bool? OverrideStockFlow, string? Note, string? ClientMutationId) : IMutationInput
{
    public ReportInput ToReport() =>
        new(Period, [.. Values.Select(v => new ChuyenHoa.Contracts.Conversion.IndicatorInput(v.Indicator, v.Value))], OverrideStockFlow ?? false, Note);
}

/// <summary>One indicator of a report (IndicatorInput).</summary>
public sealed record IndicatorInput(string Indicator, double Value);

public sealed class IndicatorInputType : InputObjectGraphType<IndicatorInput>
{
    public IndicatorInputType()
    {
        Name = "IndicatorInput";
        Description = "Một chỉ tiêu trong báo cáo.";
        Field(i => i.Indicator).Description("Mã chỉ tiêu.");
        Field(i => i.Value).Description("Giá trị: số nguyên không âm.");
    }
}

public sealed class SubmitIndicatorReportInputType : InputObjectGraphType<SubmitIndicatorReportInput>
{
    public SubmitIndicatorReportInputType()
    {
        Name = "SubmitIndicatorReportInput";
        Description = "Báo cáo kết quả (báo cáo chỉ tiêu) tháng của một xã.";
        Field(r => r.CommuneCode).Description("Mã xã.");
        Field(r => r.Period).Description("Tháng báo cáo, ví dụ 2023-10 (quý và năm được tính từ tháng).");
        Field(r => r.Values, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorInputType>>>)).Description("Các chỉ tiêu.");
        Field(r => r.OverrideStockFlow, nullable: true).Description("Chấp nhận số người đang quản lý không khớp đầu kỳ + đưa vào − đưa ra (cần ghi chú).");
        Field(r => r.Note, nullable: true).Description("Ghi chú.");
        Field(r => r.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng.");
    }
}
