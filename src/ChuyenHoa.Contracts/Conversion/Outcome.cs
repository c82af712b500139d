using ChuyenHoa.Errors;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The answer of a grain command: the value, or the errors that refused it (and changed nothing).</summary>
/// <typeparam name="T">What the command gives on success.</typeparam>
/// <param name="Value">The result; default when refused.</param>
/// <param name="Errors">Why it was refused; empty on success.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Outcome`1")]
public sealed record Outcome<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] IReadOnlyList<UserError> Errors)
{
    /// <summary>True when the command was carried out.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A command carried out, with its result.</summary>
    public static Outcome<T> Success(T value) => new(value, []);

    /// <summary>A command refused by domain rules.</summary>
    public static Outcome<T> Failure(IEnumerable<DomainError> errors) => new(default, errors.Select(UserError.From).ToArray());

    /// <summary>A command refused by one domain rule.</summary>
    public static Outcome<T> Failure(DomainError error) => Failure([error]);

    /// <summary>A command refused with errors already converted (passed on from another grain).</summary>
    public static Outcome<T> Failure(IReadOnlyList<UserError> errors) => new(default, errors);
}
