using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.GraphQL.Types;
using ChuyenHoa.Contracts.AdministrativeUnits;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Tenants;

/// <summary>A province onboarded on one edition (Tenant): what a platform administrator sees of it, no province data.</summary>
public sealed class TenantType : ObjectGraphType<TenantInfo>
{
    public TenantType()
    {
        Name = "Tenant";
        Description = "Một tỉnh đã được đưa vào hệ thống theo một danh mục đơn vị hành chính.";
        Field(t => t.ProvinceCode).Description("Mã tỉnh.");
        Field(t => t.ProvinceName).Description("Tên tỉnh.");
        Field("edition", t => t.EditionId).Description("Danh mục: \"2024\" (ba cấp) hoặc \"2025\" (hai cấp).");
        Field(t => t.UnitCount).Description("Số đơn vị: tỉnh, các huyện (nếu có) và các xã.");
        Field<NonNullGraphType<StringGraphType>>("onboardedAt").Description("Thời điểm đưa vào hệ thống (ISO 8601, UTC).").Resolve(c => c.Source.OnboardedAt.ToString("O"));
    }
}

public sealed class OnboardProvincePayloadType() : PayloadType<TenantInfo, TenantType>(
    "OnboardProvincePayload", "Kết quả đưa tỉnh vào hệ thống.", "tenant", "Tỉnh theo danh mục đã đưa; null khi bị từ chối.", c => c.Source.Value);

/// <summary>The chain a province's new proposals take in one edition (ApprovalChain).</summary>
public sealed class ApprovalChainType : ObjectGraphType<ApprovalChainInfo>
{
    public ApprovalChainType()
    {
        Name = "ApprovalChain";
        Description = "Chuỗi phê duyệt các đề xuất mới của một tỉnh theo một danh mục.";
        Field(c => c.ProvinceCode).Description("Mã tỉnh.");
        Field("edition", c => c.EditionId).Description("Danh mục: \"2024\" (ba cấp) hoặc \"2025\" (hai cấp).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainStepType>>>>("steps").Description("Các bước, bên đề xuất trước.").Resolve(c => c.Source.Steps);
        Field(c => c.IsDefault).Description("Đúng khi tỉnh chưa đặt chuỗi riêng và dùng chuỗi mặc định của danh mục.");
    }
}

public sealed class SetApprovalChainPayloadType() : PayloadType<ApprovalChainInfo, ApprovalChainType>(
    "SetApprovalChainPayload", "Kết quả đặt chuỗi phê duyệt.", "approvalChain", "Chuỗi đã đặt; null khi bị từ chối.", c => c.Source.Value);
