namespace ChuyenHoa.Errors;

/// <summary>Either a value or the errors that prevented it; never both.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Every error found, in the order the inputs were checked; empty on success.</summary>
    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    /// <summary>The value; reading it after a failure throws a <see cref="DomainException"/> with the first error.</summary>
    public T Value => IsSuccess ? _value! : throw new DomainException(Errors[0]);

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(DomainError error) => new(default, [error]);

    public static Result<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count > 0 ? new(default, errors.ToArray()) : throw new ArgumentException("A failure needs at least one error.", nameof(errors));
}
