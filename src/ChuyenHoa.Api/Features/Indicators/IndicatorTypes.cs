using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Indicators;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>
/// An indicator value as the API shows it, with where each value comes from: a unit's own (its reports, or its children's
/// totals), or for a unit of the two-level edition over months before 1 Jul 2025, its predecessors' (<see cref="EditionContinuity"/>).
/// </summary>
public sealed record IndicatorValueView(
    string Indicator, string Period, long? Value, long? PreviousYearValue, double? ChangeFromPreviousYear, ValueCoverage? Coverage, ValueCoverage? PreviousYearCoverage)
{
    /// <summary>A unit's own value, as its indicator grain (or a proposal's snapshot) gives it.</summary>
    public static IndicatorValueView Of(IndicatorValueInfo value) => new(
        value.Indicator, value.Period, value.Value, value.PreviousYearValue, value.ChangeFromPreviousYear,
        value.Value is null ? null : ValueCoverage.Reported, value.PreviousYearValue is null ? null : ValueCoverage.Reported);

    /// <summary>A value that may reach back before the unit's edition.</summary>
    public static IndicatorValueView Of(ContinuousComparison comparison) => new(
        comparison.Indicator, comparison.Period.ToString(), comparison.Current.Value, comparison.PreviousYear.Value, comparison.ChangeFromPreviousYear,
        CoverageOf(comparison.Current), CoverageOf(comparison.PreviousYear));

    // No value and nothing that stopped one: nothing to say where it came from. A partial value has no value, and says why.
    private static ValueCoverage? CoverageOf(ContinuousValue value) =>
        value.Value is null && value.Coverage != ValueCoverage.Partial ? null : value.Coverage;
}

public sealed class ValueCoverageType : EnumerationGraphType<ValueCoverage>
{
    public ValueCoverageType()
    {
        Name = "ValueCoverage";
        Description = "Nguồn của một giá trị qua lần sắp xếp đơn vị hành chính (1/7/2025).";
        Add("REPORTED", ValueCoverage.Reported, "Từ báo cáo của chính đơn vị (với tỉnh, huyện: tổng các đơn vị cấp dưới).");
        Add("DERIVED", ValueCoverage.Derived, "Cộng từ số liệu các đơn vị trước sắp xếp, mỗi đơn vị đã nhập toàn bộ vào đơn vị này.");
        Add("PARTIAL", ValueCoverage.Partial, "Có đơn vị trước sắp xếp chỉ nhập một phần và có số liệu: không chia được nên không cộng, giá trị để trống.");
    }
}

public sealed class IndicatorValueType : ObjectGraphType<IndicatorValueView>
{
    private const string CoverageDescription =
        "REPORTED: báo cáo của chính đơn vị; DERIVED: cộng từ các đơn vị trước sắp xếp (xã, tỉnh danh mục 2025 với các tháng trước 7/2025); "
        + "PARTIAL: có đơn vị trước chỉ nhập một phần nên không có giá trị; null khi không có số liệu.";

    public IndicatorValueType()
    {
        Name = "IndicatorValue";
        Description = "Giá trị một chỉ tiêu của một đơn vị trong một kỳ, kèm cùng kỳ năm trước và nguồn của từng giá trị.";
        Field(v => v.Indicator).Description("Mã chỉ tiêu.");
        Field(v => v.Period).Description("Kỳ báo cáo.");
        Field<FloatGraphType>("value").Description("Giá trị; null khi chưa có báo cáo, hoặc khi không cộng được (coverage PARTIAL).").Resolve(c => (double?)c.Source.Value);
        Field<FloatGraphType>("previousYearValue").Description("Giá trị cùng kỳ năm trước (cùng các tháng đã báo cáo).").Resolve(c => (double?)c.Source.PreviousYearValue);
        Field<FloatGraphType>("changeFromPreviousYear").Description("Thay đổi so với cùng kỳ năm trước, dạng phân số (−0,75 là giảm 75%).").Resolve(c => c.Source.ChangeFromPreviousYear);
        Field<ValueCoverageType>("coverage").Description("Nguồn của value. " + CoverageDescription).Resolve(c => c.Source.Coverage);
        Field<ValueCoverageType>("previousYearCoverage").Description("Nguồn của previousYearValue. " + CoverageDescription).Resolve(c => c.Source.PreviousYearCoverage);
    }
}

public sealed class IndicatorKindType : EnumerationGraphType<IndicatorKind>
{
    public IndicatorKindType()
    {
        Name = "IndicatorKind";
        Description = "Loại chỉ tiêu.";
        Add("STOCK", IndicatorKind.Stock, "Số hiện có tại một thời điểm (ví dụ số camera): theo thời gian lấy giá trị cuối kỳ.");
        Add("FLOW", IndicatorKind.Flow, "Số phát sinh trong kỳ (ví dụ số vụ): theo thời gian cộng dồn.");
    }
}

public sealed class IndicatorDefinitionType : ObjectGraphType<IndicatorDefinition>
{
    public IndicatorDefinitionType()
    {
        Name = "IndicatorDefinition";
        Description = "Định nghĩa một chỉ tiêu (chỉ tiêu) trong danh mục.";
        Field(d => d.Code).Description("Mã chỉ tiêu, ví dụ criminal_cases.");
        Field(d => d.Name).Description("Tên tiếng Việt, ví dụ \"Số vụ phạm pháp hình sự\".");
        Field<NonNullGraphType<IndicatorKindType>>("kind").Description("Loại chỉ tiêu.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("timeAggregation").Description("Cách gộp theo thời gian: SUM hoặc LAST.").Resolve(c => c.Source.TimeAggregation.ToString().ToUpperInvariant());
        Field<NonNullGraphType<StringGraphType>>("hierarchyAggregation").Description("Cách gộp lên cấp trên: SUM.").Resolve(c => c.Source.HierarchyAggregation.ToString().ToUpperInvariant());
        Field(d => d.Description, nullable: true).Description("Giải thích thêm.");
        Field(d => d.Unit, nullable: true).Description("Đơn vị tính, ví dụ \"người\", \"vụ\"; null với chỉ tiêu riêng của tỉnh chưa ghi.");
    }
}

public sealed record IndicatorPoint(string Period, double? Value, ValueCoverage? Coverage);

public sealed class IndicatorPointType : ObjectGraphType<IndicatorPoint>
{
    public IndicatorPointType()
    {
        Name = "IndicatorPoint";
        Description = "Một điểm của chuỗi số liệu theo thời gian.";
        Field(p => p.Period).Description("Kỳ.");
        Field(p => p.Value, nullable: true).Description("Giá trị; null khi chưa có báo cáo, hoặc khi không cộng được (coverage PARTIAL).");
        Field<ValueCoverageType>("coverage").Description("Nguồn của giá trị (xem IndicatorValue.coverage).").Resolve(c => c.Source.Coverage);
    }
}

public sealed record IndicatorRow(
    string UnitCode, string UnitName, string Indicator, string Period, double? Value, double? PreviousYearValue, double? ChangeFromPreviousYear,
    ValueCoverage? Coverage, ValueCoverage? PreviousYearCoverage);

public sealed class IndicatorRowType : ObjectGraphType<IndicatorRow>
{
    public IndicatorRowType()
    {
        Name = "IndicatorRow";
        Description = "Một ô của bảng số liệu: một đơn vị × một chỉ tiêu × một kỳ.";
        Field(r => r.UnitCode).Description("Mã đơn vị.");
        Field(r => r.UnitName).Description("Tên đầy đủ của đơn vị.");
        Field(r => r.Indicator).Description("Mã chỉ tiêu.");
        Field(r => r.Period).Description("Kỳ.");
        Field(r => r.Value, nullable: true).Description("Giá trị.");
        Field(r => r.PreviousYearValue, nullable: true).Description("Giá trị cùng kỳ năm trước.");
        Field(r => r.ChangeFromPreviousYear, nullable: true).Description("Thay đổi so với cùng kỳ năm trước (phân số).");
        Field<ValueCoverageType>("coverage").Description("Nguồn của value (xem IndicatorValue.coverage).").Resolve(c => c.Source.Coverage);
        Field<ValueCoverageType>("previousYearCoverage").Description("Nguồn của previousYearValue (xem IndicatorValue.coverage).").Resolve(c => c.Source.PreviousYearCoverage);
    }
}

public sealed class ReportRevisionType : ObjectGraphType<ReportRevision>
{
    public ReportRevisionType()
    {
        Name = "ReportRevision";
        Description = "Một thay đổi một chỉ tiêu do một báo cáo được chấp nhận (lịch sử báo cáo).";
        Field(r => r.Version).Description("Số thứ tự thay đổi số liệu của xã.");
        Field(r => r.Period).Description("Tháng báo cáo.");
        Field(r => r.Indicator).Description("Mã chỉ tiêu.");
        Field<FloatGraphType>("oldValue").Description("Giá trị trước; null khi là lần báo cáo đầu.").Resolve(c => (double?)c.Source.OldValue);
        Field<NonNullGraphType<FloatGraphType>>("newValue").Description("Giá trị mới.").Resolve(c => (double)c.Source.NewValue);
        Field(r => r.ActorName).Description("Người báo cáo.");
        Field<NonNullGraphType<StringGraphType>>("at").Description("Thời điểm (ISO 8601, UTC).").Resolve(c => c.Source.At.ToString("O"));
        Field(r => r.Note, nullable: true).Description("Ghi chú kèm báo cáo.");
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

public sealed class SubmitIndicatorReportPayloadType() : PayloadType<ReportReceipt, IndicatorReportType>(
    "SubmitIndicatorReportPayload", "Kết quả gửi báo cáo.", "report", "Báo cáo; null khi bị từ chối.", c => c.Source.Value);
