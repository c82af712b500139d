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
