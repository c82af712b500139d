using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Lỗi do dữ liệu nhập: mã ổn định, thông điệp tiếng Việt, trường liên quan. Yêu cầu bị từ chối không thay đổi gì.";
        Field(e => e.Code).Description("VALIDATION_FAILED, CONFLICT, NOT_FOUND, INVALID_STATE hoặc FORBIDDEN.");
        Field(e => e.Message).Description("Thông điệp tiếng Việt, nói rõ cần sửa gì.");
        Field(e => e.Field, nullable: true).Description("Trường nhập liên quan.");
    }
}

/// <summary>A mutation's payload: its value field (null when refused), then the errors and the clientMutationId every payload has.</summary>
public abstract class PayloadType<TValue, TValueGraphType> : ObjectGraphType<MutationPayload<TValue>>
    where TValueGraphType : IGraphType
{
    protected PayloadType(
        string name, string description, string valueField, string valueDescription, Func<IResolveFieldContext<MutationPayload<TValue>>, object?> resolveValue)
    {
        Name = name;
        Description = description;
        Field<TValueGraphType>(valueField).Description(valueDescription).Resolve(resolveValue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Lỗi; trống khi thành công.").Resolve(c => c.Source.Errors);
        Field(p => p.ClientMutationId, nullable: true).Description("Khóa chống gửi trùng đã gửi.");
    }
}

public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Người đang đăng nhập: tên, vai trò, phạm vi (tỉnh, huyện hoặc xã).";
        Field(c => c.UserId).Description("Định danh người dùng (oid).");
        Field(c => c.DisplayName).Description("Tên hiển thị.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("Vai trò: Province.Committee, District.Committee, Commune.Committee, Province.Police, Analyst, Platform.Admin.").Resolve(c => c.Source.Roles);
        Field(c => c.ProvinceCode).Description("Mã tỉnh (đơn vị thuê bao).");
        Field(c => c.DistrictCode, nullable: true).Description("Mã huyện, với Ban Chỉ đạo huyện.");
        Field(c => c.CommuneCode, nullable: true).Description("Mã xã, phường, với Ban Chỉ đạo xã (từ 1/7/2025).");
    }
}
