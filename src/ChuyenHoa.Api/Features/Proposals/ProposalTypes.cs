using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Api.Features.Indicators;
using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Proposals;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ChuyenHoa.Api.Features.Proposals;

public sealed class RemovalProposalStatusType : EnumerationGraphType<RemovalProposalStatus>
{
    public RemovalProposalStatusType()
    {
        Name = "RemovalProposalStatus";
        Description = "Trạng thái của đề xuất đưa ra khỏi diện chuyển hóa.";
        Add("SUBMITTED", RemovalProposalStatus.Submitted, "Đã gửi, chờ tỉnh quyết định.");
        Add("APPROVED", RemovalProposalStatus.Approved, "Tỉnh phê duyệt: xã được đưa ra khỏi diện chuyển hóa.");
        Add("REJECTED", RemovalProposalStatus.Rejected, "Tỉnh không phê duyệt.");
        Add("RETURNED", RemovalProposalStatus.Returned, "Tỉnh trả lại để huyện bổ sung; huyện có thể gửi lại.");
        Add("WITHDRAWN", RemovalProposalStatus.Withdrawn, "Bên đề xuất đã rút đề xuất.");
        Add("ENDORSED", RemovalProposalStatus.Endorsed, "Công an tỉnh đã thẩm định, chờ Ban Chỉ đạo tỉnh quyết định (chuỗi hai cấp).");
    }
}

public sealed class DocumentTypeType : EnumerationGraphType<DocumentType>
{
    public DocumentTypeType()
    {
        Name = "DocumentType";
        Description = "Loại tài liệu kèm đề xuất.";
        Add("UNSPECIFIED", DocumentType.Unspecified, "Chưa phân loại: tài liệu lưu trước khi có phân loại; không dùng cho tài liệu mới.");
        Add("PROPOSAL_LETTER", DocumentType.ProposalLetter, "Tờ trình (có số, ký hiệu và ngày).");
        Add("CONFERENCE_MINUTES", DocumentType.ConferenceMinutes, "Biên bản hội nghị (có ngày; số nếu có).");
        Add("REPORT", DocumentType.Report, "Báo cáo (có ngày; số nếu có).");
        Add("SELF_ASSESSMENT", DocumentType.SelfAssessment, "Biên bản tự chấm điểm (có ngày; số nếu có).");
        Add("DECISION", DocumentType.Decision, "Quyết định (có số, ký hiệu và ngày).");
    }
}

public sealed class ProposalEventType : ObjectGraphType<ProposalEvent>
{
    public ProposalEventType()
    {
        Name = "ProposalEvent";
        Description = "Một bước chuyển trạng thái của đề xuất (nhật ký kiểm tra, không sửa được).";
        Field<NonNullGraphType<StringGraphType>>("action").Description("SUBMIT, RESUBMIT, WITHDRAW, ENDORSE, APPROVE, REJECT hoặc RETURN.").Resolve(c => ChainStepType.ActionName(c.Source.Action));
        Field<NonNullGraphType<RemovalProposalStatusType>>("status").Description("Trạng thái sau bước này.").Resolve(c => c.Source.Status);
        Field(e => e.ActorName).Description("Người thực hiện.");
        Field<NonNullGraphType<StringGraphType>>("actorId").Description("Định danh người thực hiện.").Resolve(c => c.Source.ActorId);
        Field(e => e.Role).Description("Vai trò khi thực hiện.");
        Field<NonNullGraphType<StringGraphType>>("at").Description("Thời điểm (ISO 8601, UTC).").Resolve(c => c.Source.At.ToString("O"));
        Field(e => e.Reason, nullable: true).Description("Lý do (bắt buộc khi không phê duyệt hoặc trả lại).");
    }
}

public sealed class ReviewConferenceType : ObjectGraphType<ConferenceInfo>
{
    public ReviewConferenceType()
    {
        Name = "ReviewConference";
        Description = "Hội nghị tổng kết công tác chuyển hóa của xã.";
        Field(c => c.Date).Description("Ngày họp (ISO 8601).");
        Field(c => c.Chair).Description("Chủ trì.");
        Field(c => c.Attendance).Description("Số người dự.");
        Field(c => c.Summary).Description("Tóm tắt.");
    }
}

public sealed class EvidenceDocumentType : ObjectGraphType<EvidenceInfo>
{
    public EvidenceDocumentType()
    {
        Name = "EvidenceDocument";
        Description = "Tài liệu kèm đề xuất (tờ trình, biên bản hội nghị, báo cáo...), lưu kèm mã băm SHA-256.";
        Field<NonNullGraphType<DocumentTypeType>>("type").Description("Loại tài liệu; UNSPECIFIED với tài liệu lưu trước khi có phân loại.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("typeName").Description("Tên loại tài liệu (Tờ trình, Biên bản hội nghị...).").Resolve(c => DocumentTypes.Name(c.Source.Type));
        Field(e => e.Number, nullable: true).Description("Số, ký hiệu văn bản (ví dụ 12/TTr-UBND); null khi không có.");
        Field(e => e.Date, nullable: true).Description("Ngày văn bản (ISO 8601); null với tài liệu lưu trước khi có phân loại.");
        Field(e => e.FileName).Description("Tên tệp.");
        Field(e => e.ContentType).Description("Kiểu nội dung.");
        Field<NonNullGraphType<FloatGraphType>>("sizeBytes").Description("Kích thước (byte).").Resolve(c => (double)c.Source.SizeBytes);
        Field(e => e.Sha256).Description("Mã băm SHA-256 (hex) của nội dung.");
    }
}

public sealed class CriterionResultType : ObjectGraphType<CriterionResultInfo>
{
    public CriterionResultType()
    {
        Name = "CriterionResult";
        Description = "Kết quả đánh giá một tiêu chí trên số liệu và các xác nhận đã chốt khi gửi đề xuất.";
        Field(c => c.Indicator, nullable: true).Description("Mã chỉ tiêu (tử số với tiêu chí tỉ lệ); null với tiêu chí xác nhận và nhóm tiêu chí.");
        Field<NonNullGraphType<RemovalCriterionKindType>>("kind").Description("Loại tiêu chí.").Resolve(c => c.Source.Kind);
        Field(c => c.Description).Description("Tiêu chí.");
        Field<FloatGraphType>("actual").Description("Giá trị thực tế của chỉ tiêu.").Resolve(c => (double?)c.Source.Actual);
        Field<FloatGraphType>("previousYear").Description("Giá trị cùng kỳ năm trước.").Resolve(c => (double?)c.Source.PreviousYear);
        Field(c => c.Change, nullable: true).Description("Thay đổi so với cùng kỳ (phân số).");
        Field(c => c.Met).Description("Đạt hay không.");
        Field(c => c.Explanation).Description("Giải thích.");
        Field(c => c.Denominator, nullable: true).Description("Mã chỉ tiêu mẫu số của tiêu chí tỉ lệ; null với loại khác.");
        Field<FloatGraphType>("denominatorValue").Description("Giá trị đã chia cho: của chỉ tiêu mẫu số, hoặc dân số với tiêu chí theo dân số; null khi chưa có số liệu hoặc với loại khác.")
            .Resolve(c => (double?)c.Source.DenominatorValue);
        Field(c => c.Fact, nullable: true).Description("Mã sự việc cần xác nhận; null với loại khác.");
        Field(c => c.Statement, nullable: true).Description("Nội dung sự việc cần xác nhận; null với loại khác.");
        Field<AttestationType>("attestation").Description("Xác nhận của đề xuất cho sự việc này; null khi đề xuất không xác nhận, hoặc với loại khác.")
            .Resolve(c => c.Source.Attestation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionResultType>>>>("members").Description("Kết quả từng tiêu chí thành phần của nhóm; trống với loại khác.")
            .Resolve(c => c.Source.Members ?? []);
    }
}

public sealed class AttestationType : ObjectGraphType<AttestationInfo>
{
    public AttestationType()
    {
        Name = "Attestation";
        Description = "Xác nhận của đề xuất về một sự việc kế hoạch yêu cầu (không có băng, nhóm tội phạm có tổ chức...).";
        Field(a => a.Fact).Description("Mã sự việc.");
        Field(a => a.Holds).Description("Đề xuất xác nhận sự việc là đúng hay không.");
        Field(a => a.Note, nullable: true).Description("Ghi chú: căn cứ xác nhận.");
    }
}

public sealed class ProposalSnapshotType : ObjectGraphType<ProposalSnapshot>
{
    public ProposalSnapshotType()
    {
        Name = "ProposalSnapshot";
        Description = "Số liệu của xã và tiêu chí của kế hoạch, chốt tại lúc gửi: tỉnh quyết định trên đúng số liệu này.";
        Field(s => s.Period).Description("Kỳ số liệu.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("indicators").Description("Các chỉ tiêu.").Resolve(c => c.Source.Indicators.Select(IndicatorValueView.Of));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionResultType>>>>("criteria").Description("Các tiêu chí đã đánh giá.").Resolve(c => c.Source.Criteria);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttestationType>>>>("attestations").Description("Các sự việc đề xuất đã xác nhận.").Resolve(c => c.Source.Attestations ?? []);
        Field<NonNullGraphType<BooleanGraphType>>("allCriteriaMet").Description("Đạt tất cả tiêu chí.").Resolve(c => c.Source.AllCriteriaMet);
        Field<NonNullGraphType<StringGraphType>>("takenAt").Description("Thời điểm chốt.").Resolve(c => c.Source.TakenAt.ToString("O"));
    }
}

public sealed class RemovalProposalType : ObjectGraphType<ProposalInfo>
{
    public RemovalProposalType()
    {
        Name = "RemovalProposal";
        Description = "Đề xuất đưa xã ra khỏi diện chuyển hóa, do Ban Chỉ đạo huyện (ba cấp) hoặc xã (hai cấp) gửi, qua chuỗi phê duyệt đến tỉnh quyết định.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ProposalInfo;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Định danh toàn cục.").Resolve(c => GlobalId.Encode("RemovalProposal", c.Source.Id.ToString("N")));
        Field<NonNullGraphType<RemovalProposalStatusType>>("status").Description("Trạng thái.").Resolve(c => c.Source.Status);
        Field(p => p.Year).Description("Năm kế hoạch.");
        Field<NonNullGraphType<ProgrammeTrackType>>("track").Description("Danh sách của kế hoạch.").Resolve(c => c.Source.Track);
        Field(p => p.CommuneCode).Description("Mã xã.");
        Field(p => p.DistrictCode).Description("Mã huyện đề xuất; trong cấu trúc hai cấp (không có huyện), mã tỉnh.");
        // The code names a commune of the plan's edition: 2025's 03703 is not the 2024 commune of that code.
        Field<NonNullGraphType<CommuneType>>("commune").Description("Xã được đề xuất.").Resolve(c =>
        {
            var units = c.Loader<UnitLoader>();
            var code = c.Source.CommuneCode;
            return c.Loader<PlanLoader>().EditionOf(c.Source.ProvinceCode, c.Source.Year, c.Source.Track)
                .ThenAsync((edition, cancellationToken) => units.Unit(UnitKey.Of(edition, code), UnitLevel.Commune).GetResultAsync(cancellationToken));
        });
        Field<NonNullGraphType<ReviewConferenceType>>("conference").Description("Hội nghị tổng kết.").Resolve(c => c.Source.Conference);
        Field(p => p.Assessment).Description("Đánh giá của Ban Chỉ đạo huyện.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceDocumentType>>>>("evidence").Description("Tài liệu kèm theo.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ProposalSnapshotType>>("snapshot").Description("Số liệu và tiêu chí đã chốt.").Resolve(c => c.Source.Snapshot);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalEventType>>>>("history").Description("Mọi bước chuyển trạng thái, cũ nhất trước.").Resolve(c => c.Source.History);
        Field(p => p.Version).Description("Số lần đề xuất đã thay đổi.");
        Field(p => p.DecisionDate, nullable: true).Description("Ngày tỉnh quyết định (ISO 8601).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainStepType>>>>("chain")
            .Description("Chuỗi phê duyệt đề xuất đi qua, bên đề xuất trước: ba cấp (huyện → tỉnh) hoặc hai cấp (xã → Công an tỉnh → tỉnh).")
            .Resolve(c => c.Source.Chain ?? []);
        Field<ChainStepType>("currentStep").Description("Bước đang chờ thực hiện; null khi đã có kết quả hoặc đã rút.")
            .Resolve(c => c.Source is { Chain: { } chain, CurrentStep: { } step } ? chain[step] : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("viewerActions")
            .Description("Các thao tác người đang đăng nhập được làm lúc này với đề xuất (ENDORSE, APPROVE, ...), theo chuỗi phê duyệt và phạm vi của họ.")
            .Resolve(c => ViewerActions(c.Source, c.Caller()));
    }

    private static IEnumerable<string> ViewerActions(ProposalInfo proposal, Caller caller)
    {
        if (proposal.Chain is not { } steps)
        {
            return [];
        }

        var chain = ApprovalChain.Create([.. steps.Select(s => s.ToStep())]).Value;
        var position = new ProposalPosition(proposal.Status, proposal.CurrentStep);
        var district = proposal.DistrictCode == proposal.ProvinceCode ? null : proposal.DistrictCode;
        return chain.AllowedMoves(position, caller.Scope, proposal.ProvinceCode, district, proposal.CommuneCode)
            .Select(m => ChainStepType.ActionName(m.Action));
    }
}

public sealed class ChainStepType : ObjectGraphType<ChainStepInfo>
{
    public ChainStepType()
    {
        Name = "ChainStep";
        Description = "Một bước của chuỗi phê duyệt: vai trò thực hiện và các thao tác của bước đó.";
        Field(s => s.Role).Description("Vai trò (Commune.Committee, Province.Police, Province.Committee, District.Committee).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("actions")
            .Description("Các thao tác của bước: SUBMIT, RESUBMIT, WITHDRAW, ENDORSE, APPROVE, REJECT, RETURN.")
            .Resolve(c => c.Source.Actions.Select(ActionName));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentTypeType>>>>("requiredDocuments")
            .Description("Loại tài liệu phải đính kèm trước khi bước này gửi hoặc gửi lại đề xuất; rỗng khi không yêu cầu (các bước sau bước đề xuất).")
            .Resolve(c => c.Source.RequiredDocuments ?? []);
    }

    /// <summary>An action as the API names it, as in <c>ProposalEvent.action</c>.</summary>
    public static string ActionName(ProposalAction action) => action.ToString().ToUpperInvariant();

    /// <summary>The action <paramref name="name"/> names (<see cref="ActionName"/>), or null.</summary>
    public static ProposalAction? ParseAction(string name) =>
        Enum.GetValues<ProposalAction>().Where(a => ActionName(a) == name).Select(a => (ProposalAction?)a).FirstOrDefault();
}

public sealed class RemovalProposalConnectionType : ConnectionType<RemovalProposalType, RemovalProposalEdgeType>
{
    public RemovalProposalConnectionType()
    {
        Name = "RemovalProposalConnection";
        Description = "Một trang đề xuất (Relay connection).";
    }
}

public sealed class RemovalProposalEdgeType : EdgeType<RemovalProposalType>
{
    public RemovalProposalEdgeType()
    {
        Name = "RemovalProposalEdge";
        Description = "Một đề xuất trong trang, kèm con trỏ.";
    }
}
