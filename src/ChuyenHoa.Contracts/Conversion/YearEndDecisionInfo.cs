namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A plan year's year-end decision as recorded: what it decided, the proposals it decided, and the plan it drafted.</summary>
/// <param name="DecisionNumber">Number and symbol of the decision.</param>
/// <param name="DecisionDate">The day it was signed, <c>yyyy-MM-dd</c>.</param>
/// <param name="Signer">Who signed it.</param>
/// <param name="IssuedBy">The body whose act it is (the province's people's committee, or the Ministry of Public Security).</param>
/// <param name="Removed">Communes removed from the list.</param>
/// <param name="Continuing">Communes continuing on next year's list.</param>
/// <param name="NewlyDesignated">Communes designated from next year, with their types.</param>
/// <param name="Proposals">The proposals the decision approved (removed communes) or rejected (continuing communes that had one).</param>
/// <param name="NextPlanYear">The year of the plan drafted from the continuing and new communes; null when none continues and none is new.</param>
/// <param name="RecordedBy">Display name of who recorded the decision.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="Applied">Whether every proposal and the next plan have taken the decision in (they follow the recorded decision).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.YearEndDecisionInfo")]
public sealed record YearEndDecisionInfo(
    [property: Id(0)] string DecisionNumber,
    [property: Id(1)] string DecisionDate,
    [property: Id(2)] string Signer,
    [property: Id(3)] string IssuedBy,
    [property: Id(4)] IReadOnlyList<string> Removed,
    [property: Id(5)] IReadOnlyList<string> Continuing,
    [property: Id(6)] IReadOnlyList<DesignationTypesInput> NewlyDesignated,
    [property: Id(7)] IReadOnlyList<Guid> Proposals,
    [property: Id(8)] int? NextPlanYear,
    [property: Id(9)] string RecordedBy,
    [property: Id(10)] DateTimeOffset RecordedAt,
    [property: Id(11)] bool Applied);
