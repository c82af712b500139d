using ChuyenHoa.Errors;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>An error a person can act on: stable code, Vietnamese message, the input field it concerns.</summary>
/// <param name="Code">The stable error code, e.g. <c>VALIDATION_FAILED</c>, <c>CONFLICT</c>, <c>FORBIDDEN</c>.</param>
/// <param name="Message">What went wrong and what to do, in Vietnamese.</param>
/// <param name="Field">The input field it concerns (a path such as <c>reports[0].period</c>); null when it concerns the whole request.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.UserError")]
public sealed record UserError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Field)
{
    /// <summary>The error a domain rule raised, as it crosses the grain boundary.</summary>
    public static UserError From(DomainError error) => new(error.Code, error.Message, error.Field);
}
