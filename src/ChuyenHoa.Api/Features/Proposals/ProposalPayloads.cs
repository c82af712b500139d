using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed class CreateConversionPlanPayloadType : ObjectGraphType<PlanPayload>
{
    public CreateConversionPlanPayloadType()
    {
        Name = "CreateConversionPlanPayload";
        Description = "Kết quả tạo kế hoạch.";
        Field<ConversionPlanType>("plan").Description("Kế hoạch; null khi bị từ chối.").Resolve(c => c.Loaders().Visible(c.Source.Plan));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Lỗi; trống khi thành công.").Resolve(c => c.Source.Errors);
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng đã gửi.");
    }
}

public sealed class IndicatorReportType : ObjectGraphType<ReportReceipt>
{
    public IndicatorReportType()
    {
        Name = "IndicatorReport";
        Description = "Báo cáo đã được chấp nhận: những gì nó thay đổi.";
        Field(r => r.CommuneCode).Description("Mã xã.");
        Field(r => r.Period).Description("Tháng báo cáo.");
        Field<NonNullGraphType<FloatGraphType>>("version").Description("Số thứ tự thay đổi số liệu của xã.").Resolve(c => (double)c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportRevisionType>>>>("changes").Description("Các giá trị đã thay đổi (trống khi gửi lại đúng số liệu cũ).").Resolve(c => c.Source.Changes);
    }
}

public sealed class SubmitIndicatorReportPayloadType : ObjectGraphType<ReportPayload>
{
    public SubmitIndicatorReportPayloadType()
    {
        Name = "SubmitIndicatorReportPayload";
        Description = "Kết quả gửi báo cáo.";
        Field<IndicatorReportType>("report").Description("Báo cáo; null khi bị từ chối.").Resolve(c => c.Source.Report);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Lỗi; trống khi thành công.").Resolve(c => c.Source.Errors);
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng đã gửi.");
    }
}

public abstract class ProposalPayloadType : ObjectGraphType<ProposalPayload>
{
    protected ProposalPayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<RemovalProposalType>("proposal").Description("Đề xuất; null khi bị từ chối.").Resolve(c => c.Loaders().Visible(c.Source.Proposal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Lỗi; trống khi thành công.").Resolve(c => c.Source.Errors);
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng đã gửi.");
    }
}

public sealed class SubmitRemovalProposalPayloadType() : ProposalPayloadType("SubmitRemovalProposalPayload", "Kết quả gửi đề xuất.");

public sealed class WithdrawRemovalProposalPayloadType() : ProposalPayloadType("WithdrawRemovalProposalPayload", "Kết quả rút đề xuất.");

public sealed class DecideRemovalProposalPayloadType() : ProposalPayloadType("DecideRemovalProposalPayload", "Kết quả quyết định của tỉnh.");
