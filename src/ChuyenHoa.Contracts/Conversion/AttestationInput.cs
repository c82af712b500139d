namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A proposal's answer to an attested criterion of its plan, as submitted.</summary>
/// <param name="Fact">The code of the fact, one the plan's criteria name, e.g. <c>no_organised_crime_gang</c>.</param>
/// <param name="Holds">Whether the fact holds in the commune.</param>
/// <param name="Note">How it was established (a report, a meeting); optional.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.AttestationInput")]
public sealed record AttestationInput(
    [property: Id(0)] string Fact,
    [property: Id(1)] bool Holds,
    [property: Id(2)] string? Note = null);
