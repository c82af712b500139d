using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>The input of <c>submitRemovalProposal</c> (SubmitRemovalProposalInput): the district's proposal, its review conference and evidence.</summary>
public sealed record SubmitRemovalProposalInput(
    string CommuneCode, int Year, string ConferenceDate, string Assessment, string? ConferenceChair, int? ConferenceAttendance,
    string? ConferenceSummary, IReadOnlyList<EvidenceInput>? Evidence, string? ClientMutationId, IReadOnlyList<AttestationInput>? Attestations,
    ProgrammeTrack? Track = null) : IMutationInput
{
    /// <summary>The proposal as the grains take it; evidence that is not base64 is refused, naming the document.</summary>
    public ChuyenHoa.Contracts.Conversion.ProposalInput ToProposal() =>
        new(CommuneCode, ConferenceDate, ConferenceChair ?? "", ConferenceAttendance ?? 0, ConferenceSummary ?? "", Assessment,
            [.. (Evidence ?? []).Select((document, index) => new ChuyenHoa.Contracts.Conversion.EvidenceInput(
                document.FileName, document.ContentType, document.Content(index), document.Type ?? DocumentType.Unspecified, document.Number, document.Date))],
            [.. (Attestations ?? []).Select(a => new ChuyenHoa.Contracts.Conversion.AttestationInput(a.Fact, a.Holds, a.Note))]);
}

/// <summary>The proposal's answer to one attested criterion of its plan (AttestationInput).</summary>
public sealed record AttestationInput(string Fact, bool Holds, string? Note);

public sealed class AttestationInputType : InputObjectGraphType<AttestationInput>
{
    public AttestationInputType()
    {
        Name = "AttestationInput";
        Description = "Xác nhận của đề xuất về một sự việc mà tiêu chí của kế hoạch yêu cầu.";
        Field(a => a.Fact).Description("Mã sự việc, như tiêu chí của kế hoạch ghi (ví dụ no_organised_crime_gang).");
        Field(a => a.Holds).Description("Sự việc có đúng ở xã hay không.");
        Field(a => a.Note, nullable: true).Description("Ghi chú: căn cứ xác nhận (báo cáo, biên bản).");
    }
}

/// <summary>
/// One document attached to a proposal (EvidenceInput). A missing type is refused by the rules, as a payload error a person
/// can act on, like any other missing field.
/// </summary>
public sealed record EvidenceInput(string FileName, string ContentType, string ContentBase64, DocumentType? Type, string? Number, string? Date)
{
    public byte[] Content(int index)
    {
        try
        {
            return Convert.FromBase64String(ContentBase64);
        }
        catch (FormatException)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Nội dung tài liệu thứ {index + 1} không phải base64 hợp lệ.", $"evidence[{index}].contentBase64");
        }
    }
}

/// <summary>A proposal and a reason: the input of the province's decisions and of the district's withdrawal.</summary>
public sealed record ProposalActionInput(string ProposalId, string? Reason, string? ClientMutationId) : IMutationInput;

public sealed class EvidenceInputType : InputObjectGraphType<EvidenceInput>
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Description = "Một tài liệu kèm đề xuất.";
        Field(e => e.FileName).Description("Tên tệp.");
        Field(e => e.ContentType).Description("Kiểu nội dung, ví dụ application/pdf.");
        Field(e => e.ContentBase64).Description("Nội dung, mã hóa base64.");
        Field(e => e.Type, type: typeof(DocumentTypeType)).Description("Loại tài liệu (bắt buộc với tài liệu mới; không dùng UNSPECIFIED).");
        Field(e => e.Number, nullable: true).Description("Số, ký hiệu văn bản, ví dụ 12/TTr-UBND; bắt buộc với tờ trình và quyết định.");
        Field(e => e.Date, nullable: true).Description("Ngày văn bản (ISO 8601, ví dụ 2023-11-20); bắt buộc.");
    }
}

public sealed class SubmitRemovalProposalInputType : InputObjectGraphType<SubmitRemovalProposalInput>
{
    public SubmitRemovalProposalInputType()
    {
        Name = "SubmitRemovalProposalInput";
        Description = "Đề xuất đưa xã ra khỏi diện chuyển hóa.";
        Field(p => p.CommuneCode).Description("Mã xã.");
        Field(p => p.Year).Description("Năm kế hoạch.");
        Field(p => p.Track, type: typeof(ProgrammeTrackType)).Description("Danh sách của kế hoạch; mặc định SOCIAL_ORDER.");
        Field(p => p.ConferenceDate).Description("Ngày hội nghị tổng kết (ISO 8601).");
        Field(p => p.Assessment).Description("Đánh giá của Ban Chỉ đạo huyện.");
        Field(p => p.ConferenceChair, nullable: true).Description("Chủ trì hội nghị.");
        Field(p => p.ConferenceAttendance, nullable: true).Description("Số người dự hội nghị.");
        Field(p => p.ConferenceSummary, nullable: true).Description("Tóm tắt hội nghị.");
        Field(p => p.Evidence, type: typeof(ListGraphType<NonNullGraphType<EvidenceInputType>>))
            .Description("Tài liệu kèm theo, mỗi tài liệu ghi loại; phải có các loại bước đề xuất của chuỗi phê duyệt yêu cầu (mặc định tờ trình và biên bản hội nghị).");
        Field(p => p.Attestations, type: typeof(ListGraphType<NonNullGraphType<AttestationInputType>>))
            .Description("Xác nhận các sự việc mà tiêu chí của kế hoạch yêu cầu (mỗi sự việc một lần); sự việc không được xác nhận là chưa đạt.");
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng: gửi lại cùng khóa không tạo đề xuất thứ hai.");
    }
}

public abstract class ProposalActionInputType : InputObjectGraphType<ProposalActionInput>
{
    protected ProposalActionInputType(string name, string description, string reasonDescription)
    {
        Name = name;
        Description = description;
        Field(a => a.ProposalId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Định danh toàn cục của đề xuất.");
        Field(a => a.Reason, nullable: true).Description(reasonDescription);
        Field(a => a.ClientMutationId, nullable: true)
            .Description("Khóa chống gửi trùng: cùng người gửi lại cùng khóa (khi mất phản hồi) nhận lại đề xuất, không ghi thêm bước nào.");
    }
}

public sealed class DecideRemovalProposalInputType()
    : ProposalActionInputType("DecideRemovalProposalInput", "Quyết định của tỉnh về một đề xuất.", "Lý do (bắt buộc khi không phê duyệt hoặc trả lại).");

public sealed class WithdrawRemovalProposalInputType()
    : ProposalActionInputType("WithdrawRemovalProposalInput", "Huyện rút đề xuất.", "Lý do.");
