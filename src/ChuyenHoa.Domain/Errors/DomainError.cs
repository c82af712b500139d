namespace ChuyenHoa.Errors;

/// <summary>
/// A refusal a person can act on: a stable <paramref name="Code"/> (see <see cref="ErrorCodes"/>),
/// a Vietnamese <paramref name="Message"/> and, when one input is at fault, the <paramref name="Field"/>
/// that holds it (an input name such as "period", or an indicator code).
/// </summary>
public sealed record DomainError(string Code, string Message, string? Field = null)
{
    /// <summary>The one refusal given for every permission check, so that it reveals nothing about
    /// what exists outside the caller's scope.</summary>
    public static DomainError Forbidden { get; } =
        new(ErrorCodes.Forbidden, "Bạn không có quyền thực hiện thao tác này. Nếu cần, hãy liên hệ Ban Chỉ đạo tỉnh để được phân quyền.");

    public static DomainError Validation(string message, string? field = null) => new(ErrorCodes.ValidationFailed, message, field);

    public static DomainError InvalidState(string message) => new(ErrorCodes.InvalidState, message);
}
