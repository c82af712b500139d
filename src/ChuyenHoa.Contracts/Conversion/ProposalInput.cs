using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The district's proposal to remove a commune, as submitted.</summary>
/// <param name="CommuneCode">The commune's GSO code; it must be designated in the plan of the year the proposal is sent for.</param>
/// <param name="ConferenceDate">The day of the review conference, <c>yyyy-MM-dd</c>, not before the plan's decision.</param>
/// <param name="ConferenceChair">Who chaired it: name and office.</param>
/// <param name="ConferenceAttendance">How many people attended.</param>
/// <param name="ConferenceSummary">What the conference concluded.</param>
/// <param name="Assessment">The district committee's assessment of the commune; required.</param>
/// <param name="Evidence">Documents supporting the proposal, each typed; among them every type the chain's proposing step requires (by default a letter and the conference minutes).</param>
/// <param name="Attestations">The proposal's answers to the plan's attested criteria, each fact at most once; null or empty when it gives none.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalInput")]
public sealed record ProposalInput(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string ConferenceDate,
    [property: Id(2)] string ConferenceChair,
    [property: Id(3)] int ConferenceAttendance,
    [property: Id(4)] string ConferenceSummary,
    [property: Id(5)] string Assessment,
    [property: Id(6)] IReadOnlyList<EvidenceInput> Evidence,
    [property: Id(7)] IReadOnlyList<AttestationInput>? Attestations = null)
{
    /// <summary>The attestations for <see cref="Attestation.Create"/> to check against the plan's criteria.</summary>
    public IReadOnlyList<Attestation> ToAttestations() => [.. (Attestations ?? []).Select(a => new Attestation(a.Fact, a.Holds, a.Note))];
}
