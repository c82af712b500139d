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

/// <summary>The answer of a grain command: the value, or the errors that refused it (and changed nothing).</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Outcome`1")]
public sealed record Outcome<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] IReadOnlyList<UserError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Success(T value) => new(value, []);

    public static Outcome<T> Failure(IEnumerable<DomainError> errors) => new(default, errors.Select(UserError.From).ToArray());

    public static Outcome<T> Failure(DomainError error) => Failure([error]);

    public static Outcome<T> Failure(IReadOnlyList<UserError> errors) => new(default, errors);
}
