using ChuyenHoa.Api.GraphQL.Execution;
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
