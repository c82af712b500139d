using ChuyenHoa.Errors;

namespace ChuyenHoa.Contracts.Conversion;

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
