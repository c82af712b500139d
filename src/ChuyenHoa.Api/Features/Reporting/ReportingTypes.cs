using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Reporting;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Reporting;

public sealed class ReportStateType : EnumerationGraphType<ReportState>
{
    public ReportStateType()
    {
        Name = "ReportState";
        Description = "Tình trạng một báo cáo tháng của một xã.";
        Add("ON_TIME", ReportState.OnTime, "Đã nhận, đúng hạn (lần gửi đầu trước khi hết ngày hạn, giờ Việt Nam).");
        Add("LATE", ReportState.Late, "Đã nhận, trễ hạn.");
        Add("OVERDUE", ReportState.Overdue, "Chưa nhận, đã quá hạn (thiếu).");
        Add("NOT_YET_DUE", ReportState.NotYetDue, "Chưa nhận, chưa đến hạn.");
    }
}

public sealed class ReportingNoticeKindType : EnumerationGraphType<ReportingNoticeKind>
{
    public ReportingNoticeKindType()
    {
        Name = "ReportingNoticeKind";
        Description = "Lý do nhắc một xã về báo cáo tháng.";
        Add("DUE_SOON", ReportingNoticeKind.DueSoon, $"Sắp đến hạn (trong {IReportingDeadlinesGrain.DueSoonDays} ngày) mà chưa gửi.");
        Add("OVERDUE", ReportingNoticeKind.Overdue, "Đã quá hạn mà chưa gửi.");
    }
}

/// <summary>A province's reporting schedule (ReportingSchedule).</summary>
public sealed class ReportingScheduleType : ObjectGraphType<ReportingScheduleInfo>
{
    public ReportingScheduleType()
    {
        Name = "ReportingSchedule";
        Description = "Thời hạn báo cáo tháng của một tỉnh. Một ngày kết thúc lúc 24:00 giờ Việt Nam (UTC+7).";
        Field(s => s.ProvinceCode).Description("Mã tỉnh.");
        Field(s => s.DueDay).Description("Ngày hạn (1–28): báo cáo một tháng đến hạn vào ngày này, lần đầu tiên sau khi kỳ thống kê của tháng khép lại. Mặc định ngày 5 tháng sau.");
        Field(s => s.PoliceMonth).Description("Đúng khi tỉnh dùng tháng thống kê của công an: tháng M tính từ ngày 15 tháng M−1 đến ngày 14 tháng M.");
        Field(s => s.IsDefault).Description("Đúng khi tỉnh chưa đặt thời hạn riêng.");
    }
}

/// <summary>One expected monthly report (ReportingCell).</summary>
public sealed class ReportingCellType : ObjectGraphType<ReportingCellInfo>
{
    public ReportingCellType()
    {
        Name = "ReportingCell";
        Description = "Một báo cáo tháng phải nộp của một xã.";
        Field(c => c.Month).Description("Tháng, ví dụ 2026-11.");
        Field<NonNullGraphType<ReportStateType>>("state").Description("Tình trạng.").Resolve(c => c.Source.State);
        Field(c => c.DueDate).Description("Ngày hạn (ISO 8601); hết hạn lúc 24:00 giờ Việt Nam ngày đó.");
        Field<StringGraphType>("receivedAt").Description("Thời điểm nhận lần đầu (ISO 8601, UTC); null khi chưa nhận.").Resolve(c => c.Source.ReceivedAt?.ToString("O"));
    }
}

/// <summary>A commune's row of the grid (ReportingCommune): plain codes and names, so that it leads to no unit the caller was not checked for.</summary>
public sealed class ReportingCommuneType : ObjectGraphType<ReportingRowInfo>
{
    public ReportingCommuneType()
    {
        Name = "ReportingCommune";
        Description = "Một xã thuộc diện chuyển hóa và các báo cáo tháng của kỳ mà xã phải nộp.";
        Field(r => r.CommuneCode).Description("Mã xã.");
        Field("edition", r => r.EditionId).Description("Danh mục của mã xã: \"2024\" hoặc \"2025\".");
        Field(r => r.CommuneName).Description("Tên xã.");
        Field(r => r.DistrictCode, nullable: true).Description("Mã huyện (cấu trúc ba cấp); null với xã trực thuộc tỉnh.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingCellType>>>>("cells").Description("Các tháng của kỳ xã phải báo cáo, theo thứ tự thời gian.").Resolve(c => c.Source.Cells);
    }
}

public sealed record OverdueReport(ReportingRowInfo Commune, ReportingCellInfo Cell);

/// <summary>One missing report past its due day (OverdueReport).</summary>
public sealed class OverdueReportType : ObjectGraphType<OverdueReport>
{
    public OverdueReportType()
    {
        Name = "OverdueReport";
        Description = "Một báo cáo tháng đã quá hạn mà chưa nhận.";
        Field<NonNullGraphType<StringGraphType>>("communeCode").Description("Mã xã.").Resolve(c => c.Source.Commune.CommuneCode);
        Field<NonNullGraphType<StringGraphType>>("communeName").Description("Tên xã.").Resolve(c => c.Source.Commune.CommuneName);
        Field<StringGraphType>("districtCode").Description("Mã huyện; null với xã trực thuộc tỉnh.").Resolve(c => c.Source.Commune.DistrictCode);
        Field<NonNullGraphType<StringGraphType>>("month").Description("Tháng.").Resolve(c => c.Source.Cell.Month);
        Field<NonNullGraphType<StringGraphType>>("dueDate").Description("Ngày hạn.").Resolve(c => c.Source.Cell.DueDate);
    }
}

/// <summary>Completeness, timeliness and the grid of a unit's designated communes for a period (ReportingStatus).</summary>
public sealed class ReportingStatusType : ObjectGraphType<ReportingStatusInfo>
{
    public ReportingStatusType()
    {
        Name = "ReportingStatus";
        Description = "Tình hình báo cáo: tỷ lệ đầy đủ, tỷ lệ đúng hạn, các xã × tháng và danh sách quá hạn. Báo cáo được tính là phải nộp khi đã hết hạn, hoặc đã nhận trước hạn.";
        Field(s => s.UnitCode).Description("Mã đơn vị.");
        Field(s => s.Period).Description("Kỳ.");
        Field<NonNullGraphType<StringGraphType>>("asOf").Description("Thời điểm tính (ISO 8601, UTC).").Resolve(c => c.Source.AsOf.ToString("O"));
        Field<NonNullGraphType<ReportingScheduleType>>("schedule").Description("Thời hạn báo cáo của tỉnh.").Resolve(c => c.Source.Schedule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("months").Description("Các tháng của kỳ.").Resolve(c => c.Source.Months);
        Field<NonNullGraphType<IntGraphType>>("expected").Description("Số báo cáo phải nộp: đã hết hạn, hoặc đã nhận.").Resolve(c => c.Source.Figures.Expected);
        Field<NonNullGraphType<IntGraphType>>("received").Description("Số báo cáo đã nhận.").Resolve(c => c.Source.Figures.Received);
        Field<NonNullGraphType<IntGraphType>>("receivedOnTime").Description("Số báo cáo nhận đúng hạn.").Resolve(c => c.Source.Figures.ReceivedOnTime);
        Field<FloatGraphType>("completeness").Description("Tỷ lệ đầy đủ (0–1): đã nhận / phải nộp; null khi chưa có báo cáo nào phải nộp.").Resolve(c => c.Source.Figures.Completeness);
        Field<FloatGraphType>("timeliness").Description("Tỷ lệ đúng hạn (0–1): nhận đúng hạn / phải nộp; null khi chưa có báo cáo nào phải nộp.").Resolve(c => c.Source.Figures.Timeliness);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingCommuneType>>>>("communes").Description("Các xã phải báo cáo trong kỳ, theo tên.").Resolve(c => c.Source.Communes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverdueReportType>>>>("overdue").Description("Các báo cáo quá hạn chưa nhận, hạn sớm nhất trước.")
            .Resolve(c => c.Source.Communes
                .SelectMany(r => r.Cells.Where(cell => cell.State == ReportState.Overdue).Select(cell => new OverdueReport(r, cell)))
                .OrderBy(o => o.Cell.DueDate, StringComparer.Ordinal)
                .ThenBy(o => o.Commune.CommuneName, StringComparer.Ordinal)
                .ToArray());
    }
}

/// <summary>A notice to a commune's committee about its report (ReportingNotice).</summary>
public sealed class ReportingNoticeType : ObjectGraphType<ReportingNotice>
{
    public ReportingNoticeType()
    {
        Name = "ReportingNotice";
        Description = "Nhắc báo cáo tháng: sắp đến hạn hoặc đã quá hạn.";
        Field(n => n.CommuneCode).Description("Mã xã.");
        Field(n => n.CommuneName).Description("Tên xã.");
        Field(n => n.DistrictCode, nullable: true).Description("Mã huyện; null với xã trực thuộc tỉnh.");
        Field(n => n.Month).Description("Tháng của báo cáo.");
        Field<NonNullGraphType<ReportingNoticeKindType>>("kind").Description("Sắp đến hạn hay quá hạn.").Resolve(c => c.Source.Kind);
        Field(n => n.DueDate).Description("Ngày hạn.");
        Field<NonNullGraphType<StringGraphType>>("at").Description("Thời điểm nhắc (ISO 8601, UTC).").Resolve(c => c.Source.At.ToString("O"));
    }
}

public sealed class SetReportingSchedulePayloadType() : PayloadType<ReportingScheduleInfo, ReportingScheduleType>(
    "SetReportingSchedulePayload", "Kết quả đặt thời hạn báo cáo.", "schedule", "Thời hạn mới; null khi bị từ chối.", c => c.Source.Value);
