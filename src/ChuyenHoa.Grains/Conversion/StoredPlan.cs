using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Grains.Conversion;

/// <summary>A plan's decision as the plan grain stores it: what the province committee entered, the issuer filled in.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredPlan")]
public sealed record StoredPlan(
    [property: Id(0)] int Year,
    [property: Id(1)] string DecisionNumber,
    [property: Id(2)] string DecisionDate,
    [property: Id(3)] string IssuedBy,
    [property: Id(4)] string[] CommuneCodes,
    [property: Id(5)] StoredCriterion[] RemovalCriteria,
    [property: Id(6)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder,
    [property: Id(7)] int? MonitoringMonths = null,
    [property: Id(8)] DesignationTypesInput[]? DesignationTypes = null)
{
    public static StoredPlan From(CreatePlanInput input) =>
        new(input.Year, input.DecisionNumber, input.DecisionDate, input.IssuedBy, [.. input.CommuneCodes], [.. input.RemovalCriteria.Select(StoredCriterion.From)],
            input.Track, input.MonitoringMonths, input.DesignationTypes is { Count: > 0 } types ? [.. types] : null);

    /// <summary>The types of one of the plan's communes: as the plan names them, else the track's default.</summary>
    public IReadOnlyList<DesignationKind> TypesOf(string communeCode) =>
        DesignationTypes?.FirstOrDefault(t => t.CommuneCode == communeCode) is { Types.Count: > 0 } named
            ? [.. named.Types.Distinct().Order()]
            : [ProgrammeTracks.DefaultTypeOf(Track)];

    public IReadOnlyList<CriterionInput> CriteriaInput => [.. RemovalCriteria.Select(c => c.ToInput())];

    /// <summary>Whether <paramref name="input"/> asks for this plan (its issuer aside, which the plan fills in when blank).</summary>
    public bool IsSameAs(CreatePlanInput input) =>
        Year == input.Year && DecisionNumber == input.DecisionNumber && DecisionDate == input.DecisionDate
        && CommuneCodes.SequenceEqual(input.CommuneCodes) && CriteriaInput.SequenceEqual(input.RemovalCriteria)
        && Track == input.Track && MonitoringMonths == input.MonitoringMonths
        && CommuneCodes.All(code => TypesOf(code).SequenceEqual(From(input).TypesOf(code)));
}

/// <summary>
/// One removal criterion of a stored plan. <see cref="Indicator"/> is null for an attested fact and a group; the fields from
/// <see cref="Denominator"/> on are null in criteria of the kinds before them, and in plans stored before them.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredCriterion")]
public sealed record StoredCriterion(
    [property: Id(0)] string? Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string? Denominator = null,
    [property: Id(4)] string? Fact = null,
    [property: Id(5)] string? Statement = null,
    [property: Id(6)] StoredCriterion[]? Members = null)
{
    public static StoredCriterion From(CriterionInput criterion) => new(
        criterion.Indicator, criterion.Kind, criterion.Threshold, criterion.Denominator, criterion.Fact, criterion.Statement,
        criterion.Members is { Count: > 0 } members ? [.. members.Select(From)] : null);

    public CriterionInput ToInput() => new(Indicator, Kind, Threshold, Denominator, Fact, Statement, Members?.Select(m => m.ToInput()).ToArray());
}
