using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Proposals;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Tenants;

/// <summary>The input of <c>onboardProvince</c> (OnboardProvinceInput): a province and the edition of the official units to add.</summary>
public sealed record OnboardProvinceInput(string ProvinceCode, string Edition, string? ClientMutationId) : IMutationInput;

public sealed class OnboardProvinceInputType : InputObjectGraphType<OnboardProvinceInput>
{
    public OnboardProvinceInputType()
    {
        Name = "OnboardProvinceInput";
        Description = "Tỉnh và danh mục đơn vị hành chính cần đưa vào hệ thống.";
        Field(i => i.ProvinceCode).Description("Mã tỉnh (2 chữ số, theo danh mục đã chọn).");
        Field(i => i.Edition).Description("Danh mục: \"2024\" (ba cấp, đến 30/6/2025) hoặc \"2025\" (hai cấp, từ 1/7/2025).");
        Field(i => i.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng; đưa cùng tỉnh và danh mục lần nữa cũng không ghi gì.");
    }
}

/// <summary>
/// One step of <c>setApprovalChain</c>'s chain (ChainStepInput): a role, the actions it takes there, as <c>ChainStep</c> names
/// them, and the documents its submissions need (none when left out).
/// </summary>
public sealed record ChainStepInput(string Role, IReadOnlyList<string> Actions, IReadOnlyList<DocumentType>? RequiredDocuments);

public sealed class ChainStepInputType : InputObjectGraphType<ChainStepInput>
{
    public ChainStepInputType()
    {
        Name = "ChainStepInput";
        Description = "Một bước của chuỗi phê duyệt: vai trò và các thao tác của vai trò đó ở bước này.";
        Field(s => s.Role).Description("Vai trò (Commune.Committee, District.Committee, Province.Police, Province.Committee).");
        Field(s => s.Actions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("Thao tác: bước đầu SUBMIT (và RESUBMIT, WITHDRAW); bước giữa ENDORSE (và RETURN); bước cuối APPROVE (và REJECT, RETURN).");
        Field(s => s.RequiredDocuments, type: typeof(ListGraphType<NonNullGraphType<DocumentTypeType>>))
            .Description("Chỉ ở bước đầu: loại tài liệu phải đính kèm khi gửi, gửi lại đề xuất (ví dụ PROPOSAL_LETTER, CONFERENCE_MINUTES); bỏ trống là không yêu cầu.");
    }
}

/// <summary>The input of <c>setApprovalChain</c> (SetApprovalChainInput): a province, an edition, and the chain its new proposals take.</summary>
public sealed record SetApprovalChainInput(string ProvinceCode, string Edition, IReadOnlyList<ChainStepInput> Chain, string? ClientMutationId) : IMutationInput;

public sealed class SetApprovalChainInputType : InputObjectGraphType<SetApprovalChainInput>
{
    public SetApprovalChainInputType()
    {
        Name = "SetApprovalChainInput";
        Description = "Chuỗi phê duyệt của một tỉnh cho các kế hoạch theo một danh mục.";
        Field(i => i.ProvinceCode).Description("Mã tỉnh (2 chữ số).");
        Field(i => i.Edition).Description("Danh mục: \"2024\" (ba cấp) hoặc \"2025\" (hai cấp).");
        Field(i => i.Chain, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ChainStepInputType>>>))
            .Description("Các bước, bên đề xuất trước, bên quyết định sau cùng; mỗi vai trò một bước.");
        Field(i => i.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng; đặt lại cùng chuỗi cũng không đổi gì.");
    }
}
