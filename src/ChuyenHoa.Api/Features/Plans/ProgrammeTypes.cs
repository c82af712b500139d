using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

public sealed class ProgrammeTrackType : EnumerationGraphType<ProgrammeTrack>
{
    public ProgrammeTrackType()
    {
        Name = "ProgrammeTrack";
        Description = "Danh sách địa bàn mà một kế hoạch thuộc về; mỗi danh sách có cơ quan quyết định riêng.";
        Add("SOCIAL_ORDER", ProgrammeTrack.SocialOrder, "Địa bàn phức tạp về trật tự an toàn xã hội: UBND tỉnh quyết định.");
        Add("SECURITY_KEY_AREA", ProgrammeTrack.SecurityKeyArea, "Địa bàn trọng điểm, phức tạp về an ninh trật tự: tỉnh đề nghị, Bộ Công an quyết định.");
        Add("DRUGS", ProgrammeTrack.Drugs, "Xã trọng điểm về ma túy theo Quyết định 28/2025/QĐ-TTg; ra khỏi danh sách là được công nhận xã không ma túy.");
    }
}

public sealed class TrackDeciderType : EnumerationGraphType<TrackDecider>
{
    public TrackDeciderType()
    {
        Name = "TrackDecider";
        Description = "Cơ quan quyết định danh sách.";
        Add("PROVINCE", TrackDecider.Province, "UBND tỉnh.");
        Add("MINISTRY", TrackDecider.Ministry, "Bộ Công an (tỉnh ghi nhận quyết định của Bộ với số và ngày).");
    }
}

public sealed class DesignationTypeEnumType : EnumerationGraphType<DesignationKind>
{
    public DesignationTypeEnumType()
    {
        Name = "DesignationKind";
        Description = "Loại địa bàn trọng điểm, phức tạp; một xã có thể thuộc nhiều loại.";
        foreach (var type in Enum.GetValues<DesignationKind>())
        {
            Add(type switch
            {
                DesignationKind.SocialOrder => "SOCIAL_ORDER",
                DesignationKind.Economic => "ECONOMIC",
                DesignationKind.Environment => "ENVIRONMENT",
                _ => "DRUGS",
            }, type, DesignationKinds.NameOf(type));
        }
    }
}

public sealed class YearEndDecisionType : ObjectGraphType<YearEndDecisionInfo>
{
    public YearEndDecisionType()
    {
        Name = "YearEndDecision";
        Description = "Quyết định tổng kết năm của tỉnh (hoặc của Bộ Công an, tỉnh ghi nhận): xã đưa ra khỏi diện, xã tiếp tục chuyển hóa, xã chỉ định mới.";
        Field(d => d.DecisionNumber).Description("Số quyết định.");
        Field(d => d.DecisionDate).Description("Ngày ký (ISO 8601).");
        Field(d => d.Signer).Description("Người ký.");
        Field(d => d.IssuedBy).Description("Cơ quan ban hành.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("removed").Description("Mã các xã đưa ra khỏi diện.").Resolve(c => c.Source.Removed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("continuing").Description("Mã các xã tiếp tục chuyển hóa.").Resolve(c => c.Source.Continuing);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("newlyDesignated").Description("Mã các xã chỉ định mới từ năm sau.")
            .Resolve(c => c.Source.NewlyDesignated.Select(d => d.CommuneCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("proposalIds").Description("Định danh toàn cục các đề xuất quyết định này phê duyệt hoặc không phê duyệt.")
            .Resolve(c => c.Source.Proposals.Select(id => GlobalId.Encode("RemovalProposal", id.ToString("N"))));
        Field(d => d.NextPlanYear, nullable: true).Description("Năm của kế hoạch lập từ quyết định này; null khi không còn xã nào.");
        Field(d => d.RecordedBy).Description("Người ghi nhận trên hệ thống.");
        Field(d => d.Applied).Description("Các đề xuất và kế hoạch năm sau đã nhận quyết định (thường ngay lập tức).");
    }
}

public sealed record ProgrammeTargetsView(ProgrammeTargets Targets);

public sealed class ProgrammeTargetsType : ObjectGraphType<ProgrammeTargetsView>
{
    public ProgrammeTargetsType()
    {
        Name = "ProgrammeTargets";
        Description = "Chỉ tiêu của chương trình trong năm: ít nhất 60% địa bàn được chuyển hóa, ít nhất 85% địa bàn đã chuyển hóa không phức tạp trở lại.";
        Field<NonNullGraphType<IntGraphType>>("designated").Description("Số xã kế hoạch chỉ định.").Resolve(c => c.Source.Targets.Designated);
        Field<NonNullGraphType<IntGraphType>>("converted").Description("Số xã đã đưa ra khỏi diện (kể cả xã sau đó bị chỉ định lại).").Resolve(c => c.Source.Targets.Removed);
        Field<NonNullGraphType<IntGraphType>>("relapsed").Description("Số xã bị chỉ định lại sau khi đưa ra khỏi diện.").Resolve(c => c.Source.Targets.Relapsed);
        Field<FloatGraphType>("convertedShare").Description("Tỷ lệ chuyển hóa (0–1); null khi kế hoạch không có xã.").Resolve(c => (double?)c.Source.Targets.ConvertedShare);
        Field<NonNullGraphType<FloatGraphType>>("conversionGoal").Description("Mục tiêu tỷ lệ chuyển hóa (0,6).").Resolve(_ => (double)ProgrammeTargets.ConversionGoal);
        Field<NonNullGraphType<BooleanGraphType>>("conversionGoalMet").Description("Đạt mục tiêu chuyển hóa.").Resolve(c => c.Source.Targets.ConversionGoalMet);
        Field<FloatGraphType>("nonRelapseShare").Description("Tỷ lệ không phức tạp trở lại (0–1); null khi chưa có xã nào ra khỏi diện.").Resolve(c => (double?)c.Source.Targets.NonRelapseShare);
        Field<NonNullGraphType<FloatGraphType>>("nonRelapseGoal").Description("Mục tiêu tỷ lệ không phức tạp trở lại (0,85).").Resolve(_ => (double)ProgrammeTargets.NonRelapseGoal);
        Field<NonNullGraphType<BooleanGraphType>>("nonRelapseGoalMet").Description("Đạt mục tiêu không phức tạp trở lại.").Resolve(c => c.Source.Targets.NonRelapseGoalMet);
    }
}

public sealed class MonitoringType : ObjectGraphType<MonitoringInfo>
{
    public MonitoringType()
    {
        Name = "Monitoring";
        Description = "Xã đã đưa ra khỏi diện đang (hoặc đã) được theo dõi: số liệu các tháng theo dõi so với tiêu chí của kế hoạch.";
        Field(m => m.CommuneCode).Description("Mã xã.");
        Field(m => m.From).Description("Ngày đưa ra khỏi diện (ISO 8601).");
        Field(m => m.Until).Description("Ngày hết theo dõi (ISO 8601).");
        Field(m => m.Active).Description("Đang trong thời gian theo dõi.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("monthsReported").Description("Các tháng theo dõi đã có số liệu.").Resolve(c => c.Source.MonthsReported);
        Field(m => m.Breached).Description("Số liệu vi phạm tiêu chí: tỉnh xem xét và có thể chỉ định lại.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionResultType>>>>("criteria").Description("Tiêu chí đánh giá trên các tháng theo dõi, so với cùng kỳ năm trước.").Resolve(c => c.Source.Criteria);
        Field(m => m.DesignatedAgain).Description("Tỉnh đã chỉ định lại xã.");
    }
}

public sealed class IssueYearEndDecisionPayloadType() : PayloadType<PlanInfo, ConversionPlanType>(
    "IssueYearEndDecisionPayload", "Kết quả ghi nhận quyết định tổng kết năm.", "plan", "Kế hoạch của năm được tổng kết; null khi bị từ chối.",
    c => c.Loader<PlanLoader>().Visible(c.Source.Value));

public sealed class DesignateCommuneAgainPayloadType() : PayloadType<PlanInfo, ConversionPlanType>(
    "DesignateCommuneAgainPayload", "Kết quả chỉ định lại xã.", "plan", "Kế hoạch đã đưa xã ra khỏi diện; null khi bị từ chối.",
    c => c.Loader<PlanLoader>().Visible(c.Source.Value));
