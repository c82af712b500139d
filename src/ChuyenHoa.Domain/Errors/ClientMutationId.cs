namespace ChuyenHoa.Errors;

/// <summary>
/// The idempotency key a client sends with a mutation. Grains keep keys for good (in plan, report and proposal state that
/// every later write rewrites), so a key is bounded: a GUID or a short label fits many times over.
/// </summary>
public static class ClientMutationId
{
    public const int MaxLength = 100;

    public const string Field = "clientMutationId";

    /// <summary>VALIDATION_FAILED naming the field when <paramref name="key"/> is longer than <see cref="MaxLength"/>, else null.</summary>
    public static DomainError? Check(string? key) =>
        key is { Length: > MaxLength }
            ? DomainError.Validation(
                $"Trường \"{Field}\" dài {key.Length} ký tự, quá {MaxLength} ký tự cho phép; dùng khóa ngắn hơn (ví dụ một GUID) rồi gửi lại.", Field)
            : null;

    /// <summary>The first refusal of a mutation's input: its key (<see cref="Check"/>), then its text (<see cref="FreeText"/>).</summary>
    public static DomainError? CheckInput(object? input, string? key, string path = "") =>
        Check(key) ?? FreeText.FirstDisallowed(input, path);
}
