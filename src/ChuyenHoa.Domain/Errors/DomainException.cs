namespace ChuyenHoa.Errors;

/// <summary>Carries a <see cref="DomainError"/> where a caller chose exceptions over <see cref="Result{T}"/>.</summary>
public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}
