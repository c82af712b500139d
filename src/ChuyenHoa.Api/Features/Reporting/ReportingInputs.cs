using ChuyenHoa.Api.GraphQL.Execution;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Reporting;

/// <summary>The input of <c>setReportingSchedule</c> (SetReportingScheduleInput).</summary>
public sealed record SetReportingScheduleInput(string ProvinceCode, int DueDay, bool PoliceMonth, string? ClientMutationId) : IMutationInput;

public sealed class SetReportingScheduleInputType : InputObjectGraphType<SetReportingScheduleInput>
{
    public SetReportingScheduleInputType()
    {
        Name = "SetReportingScheduleInput";
        Description = "Thời hạn báo cáo tháng của một tỉnh.";
        Field(i => i.ProvinceCode).Description("Mã tỉnh (2 chữ số).");
        Field(i => i.DueDay).Description("Ngày hạn, 1–28.");
        Field(i => i.PoliceMonth).Description("Dùng tháng thống kê của công an (ngày 15 đến ngày 14).");
        Field(i => i.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng; đặt lại cùng thời hạn cũng không đổi gì.");
    }
}
