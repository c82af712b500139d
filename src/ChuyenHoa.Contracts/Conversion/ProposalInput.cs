namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The district's proposal to remove a commune, as submitted.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ProposalInput")]
public sealed record ProposalInput(
    [property: Id(0)] string CommuneCode,
    [property: Id(1)] string ConferenceDate,
    [property: Id(2)] string ConferenceChair,
    [property: Id(3)] int ConferenceAttendance,
    [property: Id(4)] string ConferenceSummary,
    [property: Id(5)] string Assessment,
    [property: Id(6)] IReadOnlyList<EvidenceInput> Evidence);
