using ChuyenHoa.Errors;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>An error a person can act on: stable code, Vietnamese message, the input field it concerns.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.UserError")]
public sealed record UserError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Field)
{
    public static UserError From(DomainError error) => new(error.Code, error.Message, error.Field);
}
