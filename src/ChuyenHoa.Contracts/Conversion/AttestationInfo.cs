using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A proposal's answer to an attested criterion of its plan, as frozen with its snapshot.</summary>
/// <param name="Fact">The code of the fact, e.g. <c>no_organised_crime_gang</c>.</param>
/// <param name="Holds">Whether the proposal attests that it holds in the commune.</param>
/// <param name="Note">How it was established; null when the proposal said nothing.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.AttestationInfo")]
public sealed record AttestationInfo(
    [property: Id(0)] string Fact,
    [property: Id(1)] bool Holds,
    [property: Id(2)] string? Note)
{
    /// <summary>An attestation as a proposal keeps it.</summary>
    public static AttestationInfo Of(Attestation attestation) => new(attestation.Fact, attestation.Holds, attestation.Note);
}
