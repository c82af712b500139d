using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Plans;

public sealed record DesignationView(PlanInfo Plan, DesignationInfo Designation);

public sealed class DesignationStatusType : EnumerationGraphType<DesignationStatus>
{
    public DesignationStatusType()
    {
        Name = "DesignationStatus";
        Description = "Tình trạng của xã trong kế hoạch chuyển hóa.";
        Add("DESIGNATED", DesignationStatus.Designated, "Đang chuyển hóa.");
        Add("PROPOSED", DesignationStatus.Proposed, "Đã đề xuất đưa ra khỏi diện chuyển hóa, chờ tỉnh quyết định.");
        Add("REMOVED", DesignationStatus.Removed, "Đã đưa ra khỏi diện chuyển hóa.");
        Add("CONTINUING", DesignationStatus.Continuing, "Quyết định tổng kết năm: chưa đạt, tiếp tục chuyển hóa năm sau.");
    }
}

public sealed class RemovalCriterionKindType : EnumerationGraphType<RemovalCriterionKind>
{
    public RemovalCriterionKindType()
    {
        Name = "RemovalCriterionKind";
        Description = "Cách so sánh của một tiêu chí đưa ra khỏi diện chuyển hóa.";
        Add("AT_LEAST", RemovalCriterionKind.AtLeast, "Giá trị ít nhất bằng ngưỡng.");
        Add("AT_MOST", RemovalCriterionKind.AtMost, "Giá trị nhiều nhất bằng ngưỡng.");
        Add("REDUCTION_FROM_PREVIOUS_YEAR_AT_LEAST", RemovalCriterionKind.ReductionFromPreviousYearAtLeast, "Giảm so với cùng kỳ năm trước ít nhất theo tỷ lệ ngưỡng (0,3 là 30%).");
        Add("RATIO_AT_LEAST", RemovalCriterionKind.RatioAtLeast, "Chỉ tiêu chia cho chỉ tiêu mẫu số ít nhất bằng ngưỡng, tỷ lệ 0–1 (số vụ đã điều tra, khám phá trên số vụ phạm pháp hình sự ≥ 0,8); mẫu số bằng 0 (không phát sinh) là đạt.");
        Add("RATIO_AT_MOST", RemovalCriterionKind.RatioAtMost, "Chỉ tiêu chia cho chỉ tiêu mẫu số nhiều nhất bằng ngưỡng, tỷ lệ 0–1; mẫu số bằng 0 (không phát sinh) là đạt.");
        Add("PER_POPULATION_AT_LEAST", RemovalCriterionKind.PerPopulationAtLeast, "Chỉ tiêu chia cho dân số cùng kỳ ít nhất bằng ngưỡng, tỷ lệ 0–1 (0,005 là 0,5% dân số); chưa có dân số là chưa đạt.");
        Add("PER_POPULATION_AT_MOST", RemovalCriterionKind.PerPopulationAtMost, "Chỉ tiêu chia cho dân số cùng kỳ nhiều nhất bằng ngưỡng, tỷ lệ 0–1 (0,005 là 0,5% dân số); chưa có dân số là chưa đạt.");
        Add("ATTESTED", RemovalCriterionKind.Attested, "Một sự việc đề xuất phải xác nhận (không có băng, nhóm tội phạm có tổ chức): đạt khi đề xuất xác nhận là đúng.");
        Add("AT_LEAST_OF", RemovalCriterionKind.AtLeastOf, "Nhóm tiêu chí: đạt khi đạt ít nhất ngưỡng (số nguyên) trong các tiêu chí thành phần.");
    }
}

public sealed class RemovalCriterionType : ObjectGraphType<CriterionInfo>
{
    public RemovalCriterionType()
    {
        Name = "RemovalCriterion";
        Description = "Tiêu chí đưa xã ra khỏi diện chuyển hóa, do tỉnh đặt trong kế hoạch.";
        Field(c => c.Indicator, nullable: true).Description("Mã chỉ tiêu (tử số với tiêu chí tỉ lệ); null với tiêu chí xác nhận và nhóm tiêu chí.");
        Field<NonNullGraphType<RemovalCriterionKindType>>("kind").Description("Cách so sánh.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<FloatGraphType>>("threshold").Description("Ngưỡng (số tiêu chí phải đạt với nhóm, 0 với tiêu chí xác nhận).").Resolve(c => (double)c.Source.Threshold);
        Field(c => c.Description).Description("Diễn giải tiếng Việt.");
        Field(c => c.Denominator, nullable: true).Description("Mã chỉ tiêu mẫu số của tiêu chí tỉ lệ; null với loại khác.");
        Field(c => c.Fact, nullable: true).Description("Mã sự việc cần xác nhận; null với loại khác.");
        Field(c => c.Statement, nullable: true).Description("Nội dung sự việc cần xác nhận; null với loại khác.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RemovalCriterionType>>>>("members").Description("Các tiêu chí thành phần của nhóm; trống với loại khác.")
            .Resolve(c => c.Source.Members ?? []);
    }
}

public sealed class ConversionPlanType : ObjectGraphType<PlanInfo>
{
    public ConversionPlanType()
    {
        Name = "ConversionPlan";
        Description = "Kế hoạch chuyển hóa địa bàn trọng điểm, phức tạp về an ninh trật tự của một tỉnh trong một năm, theo quyết định của UBND tỉnh.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is PlanInfo;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Định danh toàn cục.").Resolve(c => GlobalId.Encode("ConversionPlan", c.Source.Key));
        Field(p => p.Year).Description("Năm kế hoạch.");
        Field<NonNullGraphType<ProgrammeTrackType>>("track").Description("Danh sách của kế hoạch.").Resolve(c => c.Source.Track);
        Field<NonNullGraphType<StringGraphType>>("trackName").Description("Tên danh sách.").Resolve(c => ProgrammeTracks.NameOf(c.Source.Track));
        Field<NonNullGraphType<TrackDeciderType>>("decider").Description("Cơ quan quyết định danh sách.").Resolve(c => ProgrammeTracks.DeciderOf(c.Source.Track));
        Field(p => p.MonitoringMonths).Description("Số tháng theo dõi xã sau khi đưa ra khỏi diện.");
        Field<YearEndDecisionType>("yearEndDecision").Description("Quyết định tổng kết năm; null khi tỉnh chưa ghi nhận.").Resolve(c => c.Source.YearEndDecision);
        Field(p => p.DraftedFrom, nullable: true).Description("Số quyết định tổng kết năm trước mà kế hoạch này được lập từ đó; null với kế hoạch nhập trực tiếp.");
        Field<NonNullGraphType<ProgrammeTargetsType>>("programmeTargets").Description("Chỉ tiêu chương trình của năm (tính trên các xã người gọi được xem).")
            .Resolve(c => new ProgrammeTargetsView(c.Source.Targets()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonitoringType>>>>("monitoring")
            .Description("Các xã đã đưa ra khỏi diện và việc theo dõi sau đó (mà người gọi được xem); xã có số liệu vi phạm tiêu chí được đánh dấu.")
            .ResolveAsync(async c => await c.Loader<PlanLoader>().MonitoringAsync(c.Source));
        Field(p => p.DecisionNumber).Description("Số quyết định, ví dụ 314/QĐ-UBND.");
        Field(p => p.DecisionDate).Description("Ngày quyết định (ISO 8601).");
        Field(p => p.IssuedBy).Description("Cơ quan ban hành.");
        Field<NonNullGraphType<ProvinceType>>("province").Description("Tỉnh.").Resolve(c => c.Loader<UnitLoader>().Unit(PlanUnits.KeyOf(c.Source, c.Source.ProvinceCode), UnitLevel.Province));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommuneType>>>>("communes").Description("Các xã được chỉ định (mà người gọi được xem).")
            .Resolve(c => c.Loader<UnitLoader>().Units(PlanUnits.Communes(c.Source), UnitLevel.Commune));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesignationType>>>>("designations").Description("Tình trạng của từng xã trong kế hoạch (mà người gọi được xem).")
            .Resolve(c => c.Source.Designations.Select(d => new DesignationView(c.Source, d)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RemovalCriterionType>>>>("removalCriteria").Description("Tiêu chí đưa ra khỏi diện chuyển hóa.")
            .Resolve(c => c.Source.RemovalCriteria);
        Field(p => p.CreatedBy).Description("Người tạo kế hoạch trên hệ thống.");
    }
}

public sealed class DesignationType : ObjectGraphType<DesignationView>
{
    public DesignationType()
    {
        Name = "Designation";
        Description = "Một xã trong kế hoạch chuyển hóa của một năm và tình trạng của nó.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("Năm kế hoạch.").Resolve(c => c.Source.Plan.Year);
        Field<NonNullGraphType<ConversionPlanType>>("plan").Description("Kế hoạch.").Resolve(c => c.Source.Plan);
        Field<NonNullGraphType<DesignationStatusType>>("status").Description("Tình trạng.").Resolve(c => c.Source.Designation.Status);
        Field<NonNullGraphType<StringGraphType>>("communeCode").Description("Mã xã.").Resolve(c => c.Source.Designation.CommuneCode);
        Field<CommuneType>("commune").Description("Xã (null khi người gọi không được xem).")
            .Resolve(c => c.Loader<UnitLoader>().Unit(c.Source.Plan.KeyOf(c.Source.Designation), UnitLevel.Commune));
        Field<StringGraphType>("removedFrom").Description("Ngày đưa ra khỏi diện chuyển hóa (ISO 8601).").Resolve(c => c.Source.Designation.RemovedFrom);
        Field<RemovalProposalType>("proposal").Description("Đề xuất gần nhất.")
            .Resolve(c => c.Source.Designation.ProposalId is { } id ? c.Loader<ProposalLoader>().Proposal(id) : null);
        Field<NonNullGraphType<StringGraphType>>("edition").Description("Danh mục đơn vị hành chính của mã xã: của kế hoạch, hoặc 2025 với xã mới nhận chỉ định khi sắp xếp.")
            .Resolve(c => c.Source.Designation.EditionId ?? c.Source.Plan.Edition.Id);
        Field<StringGraphType>("designatedFrom").Description("Ngày xã mới bắt đầu nhận chỉ định (ISO 8601, 2025-07-01); null với xã do kế hoạch chỉ định.")
            .Resolve(c => c.Source.Designation.DesignatedFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLinkType>>>>("carriedFrom")
            .Description("Các xã của kế hoạch đã nhập (toàn bộ hoặc một phần) vào xã này và chuyển chỉ định sang; trống với xã do kế hoạch chỉ định. Chỉ gồm các xã người gọi được xem.")
            // Most designations carried nothing over: answered without a loader, since the overview asks it of every one.
            .Resolve(c => c.Source.Designation.CarriedFrom is { Count: > 0 } links
                ? UnitLinks.Load(c, c.Source.Plan.Edition, [.. links.Select(link => new UnitLink(link.CommuneCode, link.Coverage))])
                : Array.Empty<UnitLinkView>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesignationTypeEnumType>>>>("types").Description("Loại địa bàn (một xã có thể thuộc nhiều loại).")
            .Resolve(c => c.Source.Designation.Types ?? [ProgrammeTracks.DefaultTypeOf(c.Source.Plan.Track)]);
        Field<StringGraphType>("relapsedOn").Description("Ngày tỉnh chỉ định lại xã sau khi đã đưa ra khỏi diện (ISO 8601).").Resolve(c => c.Source.Designation.RelapsedOn);
        Field<StringGraphType>("relapseReason").Description("Lý do chỉ định lại.").Resolve(c => c.Source.Designation.RelapseReason);
        Field<IntGraphType>("designatedAgainFrom").Description("Với xã được chỉ định lại vào kế hoạch này: năm kế hoạch đã đưa xã ra khỏi diện.").Resolve(c => c.Source.Designation.DesignatedAgainFrom);
        Field<NonNullGraphType<CarryOverConfirmationType>>("confirmation").Description("Xác nhận của tỉnh với xã mới chỉ nhận một phần địa bàn đã chỉ định.")
            .Resolve(c => c.Source.Designation.Confirmation);
    }
}

public sealed class CarryOverConfirmationType : EnumerationGraphType<CarryOverConfirmation>
{
    public CarryOverConfirmationType()
    {
        Name = "CarryOverConfirmation";
        Description = "Tỉnh đã xác nhận chỉ định được chuyển sang xã mới khi sắp xếp đơn vị hành chính hay chưa.";
        Add("NOT_NEEDED", CarryOverConfirmation.NotNeeded, "Không cần xác nhận: xã do kế hoạch chỉ định, hoặc nhận toàn bộ địa bàn đã chỉ định.");
        Add("PENDING", CarryOverConfirmation.Pending, "Xã chỉ nhận một phần địa bàn đã chỉ định: chờ tỉnh xác nhận.");
        Add("CONFIRMED", CarryOverConfirmation.Confirmed, "Tỉnh xác nhận tiếp tục chỉ định.");
        Add("DECLINED", CarryOverConfirmation.Declined, "Tỉnh không chỉ định xã này.");
    }
}

public sealed class CreateConversionPlanPayloadType() : PayloadType<PlanInfo, ConversionPlanType>(
    "CreateConversionPlanPayload", "Kết quả tạo kế hoạch.", "plan", "Kế hoạch; null khi bị từ chối.", c => c.Loader<PlanLoader>().Visible(c.Source.Value));

public sealed class ConfirmCarriedOverDesignationPayloadType() : PayloadType<PlanInfo, ConversionPlanType>(
    "ConfirmCarriedOverDesignationPayload", "Kết quả xác nhận chỉ định của xã mới.", "plan", "Kế hoạch; null khi bị từ chối.", c => c.Loader<PlanLoader>().Visible(c.Source.Value));
